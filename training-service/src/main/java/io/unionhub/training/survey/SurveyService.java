package io.unionhub.training.survey;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.training.cohort.Cohort;
import io.unionhub.training.cohort.CohortService;
import io.unionhub.training.enrolment.EnrolmentService;

/**
 * The needs survey: while a cohort's enrolment is open its enrolled cadres say what they want to hear; the requests
 * are grouped by category (the one given, else the keyword dictionary's) and staff adopt the most wanted categories
 * as extension modules of the cohort.
 */
@ApplicationScoped
public class SurveyService {

    public static final String UNCATEGORISED = "Uncategorised";
    /** In events, for a category a cadre typed that the dictionary does not know. */
    public static final String OTHER = "Other";

    @Inject
    CohortService cohorts;

    @Inject
    EnrolmentService enrolments;

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    public record RequestedTopic(String topic, String category) {
    }

    public record CategoryCount(String category, long requests, boolean adopted) {
    }

    /** The cadre's answer for the cohort: it replaces their earlier one, so the summary counts people. */
    @Transactional
    public List<TopicRequest> submit(UUID cohortId, UUID cadreId, List<RequestedTopic> topics) {
        // the cohort's row, as adoption and enrolment take it: one answer of a cadre at a time
        Cohort cohort = ProblemException.requireFound(Cohort.locked(cohortId), "cohort", cohortId);
        if (!cohort.isOpenForEnrolment(LocalDate.now(clock))) {
            throw ProblemException.ruleViolated("survey.closed");
        }
        if (!enrolments.isEnrolled(cohortId, cadreId)) {
            throw ProblemException.ruleViolated("survey.not-enrolled");
        }
        boolean replaced = TopicRequest.delete("cohortId = ?1 and cadreId = ?2", cohortId, cadreId) > 0;
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<TopicKeyword> keywords = keywords();
        List<TopicRequest> answer = topics.stream().map(requested -> {
            TopicRequest request = new TopicRequest();
            request.id = UUID.randomUUID();
            request.cohortId = cohortId;
            request.cadreId = cadreId;
            request.topic = requested.topic().strip();
            request.category = requested.category() == null || requested.category().isBlank() ? null
                    : requested.category().strip();
            request.submittedAt = now;
            request.persist();
            return request;
        }).toList();
        List<String> categories = answer.stream().map(r -> publicCategory(r, keywords)).distinct().sorted().toList();
        events.publish(SurveyEvents.ANSWERED, cohortId,
                new SurveyEvents.SurveyAnswered(cohortId, cadreId, categories, answer.size(), replaced));
        return answer;
    }

    /** The cohort's requests by category, most wanted first. */
    public List<CategoryCount> summary(UUID cohortId) {
        Cohort cohort = cohorts.find(cohortId);
        return countByCategory(TopicRequest.list("cohortId", cohortId)).entrySet().stream()
                .map(e -> new CategoryCount(e.getKey(), e.getValue(),
                        cohort.extensionModules.stream().anyMatch(m -> m.category().equals(e.getKey()))))
                .toList();
    }

    /** People asking per category (a cadre asking twice in one category counts once), most wanted first. */
    public Map<String, Long> countByCategory(List<TopicRequest> requests) {
        return countByCategory(requests, keywords());
    }

    /** The same, with the keywords already read (a report over many cohorts reads them once). */
    public Map<String, Long> countByCategory(List<TopicRequest> requests, List<TopicKeyword> keywords) {
        return requests.stream()
                .collect(Collectors.groupingBy(r -> categoryOf(r, keywords),
                        Collectors.collectingAndThen(Collectors.mapping(r -> r.cadreId, Collectors.toSet()),
                                cadres -> (long) cadres.size())))
                .entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    @Transactional
    public Cohort adopt(UUID cohortId, String category, String title) {
        long requests = summary(cohortId).stream().filter(c -> c.category().equals(category))
                .mapToLong(CategoryCount::requests).sum();
        if (requests == 0 || UNCATEGORISED.equals(category)) {
            throw ProblemException.ruleViolated("survey.category-not-requested", category);
        }
        // the topic hears of a category a cadre typed as "Other", as it heard of the requests
        String publicCategory = keywords().stream().anyMatch(k -> k.category.equals(category)) ? category : OTHER;
        return cohorts.adoptExtensionModule(cohortId, category, title == null || title.isBlank() ? category : title,
                requests, publicCategory);
    }

    public List<TopicKeyword> keywords() {
        return TopicKeyword.listAll(Sort.by("category").and("keyword"));
    }

    @Transactional
    public TopicKeyword addKeyword(String keyword, String category) {
        if (TopicKeyword.count("lower(keyword) = ?1", keyword.strip().toLowerCase(Locale.ROOT)) > 0) {
            throw ProblemException.conflict("survey.keyword-exists", keyword);
        }
        TopicKeyword entry = new TopicKeyword();
        entry.id = UUID.randomUUID();
        entry.keyword = keyword.strip();
        entry.category = category.strip();
        entry.persist();
        return entry;
    }

    @Transactional
    public void removeKeyword(UUID id) {
        if (!TopicKeyword.deleteById(id)) {
            throw ProblemException.notFound("keyword", id);
        }
    }

    /** The category for events: a dictionary category, else "Other": what a cadre typed stays in the service. */
    static String publicCategory(TopicRequest request, List<TopicKeyword> keywords) {
        String category = categoryOf(request, keywords);
        boolean known = UNCATEGORISED.equals(category) || keywords.stream().anyMatch(k -> k.category.equals(category));
        return known ? category : OTHER;
    }

    /** The category given by the cadre, else the first dictionary keyword found in the text (longest first). */
    static String categoryOf(TopicRequest request, List<TopicKeyword> keywords) {
        if (request.category != null) {
            return request.category;
        }
        String text = request.topic.toLowerCase(Locale.ROOT);
        return keywords.stream()
                .sorted(Comparator.comparingInt((TopicKeyword k) -> k.keyword.length()).reversed())
                .filter(k -> text.contains(k.keyword.toLowerCase(Locale.ROOT)))
                .map(k -> k.category)
                .findFirst().orElse(UNCATEGORISED);
    }
}
