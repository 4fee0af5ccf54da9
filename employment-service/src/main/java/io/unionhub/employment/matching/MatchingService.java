package io.unionhub.employment.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.unionhub.employment.matching.MatchScore.Facts;
import io.unionhub.employment.posting.JobPostingView;
import io.unionhub.employment.posting.Posting;
import io.unionhub.employment.posting.PostingService;
import io.unionhub.employment.posting.PostingViews;
import io.unionhub.employment.seeker.Seeker;
import io.unionhub.employment.seeker.SeekerService;

/**
 * Two-way matching. The candidates are the pairs whose trade agrees (the posting's trade is one the seeker wants: an
 * index lookup either way); the database scores them ({@link MatchScore#SQL}) and returns the best; the reasons are
 * then spelt out from the same facts. Postings the seeker already applied to, and seekers who already applied, are
 * left out: they are in the applications list.
 */
@ApplicationScoped
public class MatchingService {

    static final int MAX_LIMIT = 50;

    @Inject
    EntityManager entityManager;

    @Inject
    SeekerService seekers;

    @Inject
    PostingService postings;

    @Inject
    PostingViews views;

    @Inject
    Clock clock;

    public record JobMatch(JobPostingView posting, MatchScore match) {
    }

    public record SeekerMatch(Seeker seeker, MatchScore match) {
    }

    /** Application.liveExists in SQL. */
    private static final String LIVE_APPLICATION = """
            exists (select 1 from application a where a.posting_id = p.id and a.seeker_id = s.id
                    and a.status not in ('REJECTED', 'WITHDRAWN'))""";

    @SuppressWarnings("unchecked")
    public List<JobMatch> jobsFor(UUID seekerId, int limit) {
        seekers.find(seekerId);
        List<Object[]> rows = entityManager.createNativeQuery("select p.id, " + MatchScore.SQL + " as score, "
                + MatchScore.FACTS + """
                 from seeker s
                join posting p on p.trade_code in (select jsonb_array_elements_text(s.wanted_trades))
                where s.id = :seeker and p.status = 'OPEN' and p.listed and p.valid_through >= :today
                  and not""" + " " + LIVE_APPLICATION + " order by score desc, p.date_posted desc, p.id limit :limit")
                .setParameter("seeker", seekerId).setParameter("today", today()).setParameter("limit", limit)
                .getResultList();
        Map<UUID, Posting> found = Posting.<Posting> list("id in ?1", rows.stream().map(r -> (UUID) r[0]).toList())
                .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<UUID, JobPostingView> byId = views.of(found.values()).stream()
                .collect(Collectors.toMap(JobPostingView::identifier, Function.identity()));
        return rows.stream().map(r -> new JobMatch(byId.get((UUID) r[0]), MatchScore.of(facts(r)))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<SeekerMatch> seekersFor(UUID postingId, int limit) {
        Posting posting = postings.find(postingId);
        List<Object[]> rows = entityManager.createNativeQuery("select s.id, " + MatchScore.SQL + " as score, "
                + MatchScore.FACTS + """
                 from posting p
                join seeker s on s.wanted_trades @> jsonb_build_array(p.trade_code)
                where p.id = :posting and not""" + " " + LIVE_APPLICATION
                + " order by score desc, s.registered_at desc, s.id limit :limit")
                .setParameter("posting", posting.id).setParameter("today", today()).setParameter("limit", limit)
                .getResultList();
        Map<UUID, Seeker> found = Seeker.<Seeker> list("id in ?1", rows.stream().map(r -> (UUID) r[0]).toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        return rows.stream().map(r -> new SeekerMatch(found.get((UUID) r[0]), MatchScore.of(facts(r)))).toList();
    }

    /** Columns after the id and the score, in {@link MatchScore#FACTS}'s order. */
    private static Facts facts(Object[] r) {
        return new Facts((String) r[2], number(r[3]), number(r[4]), number(r[5]), number(r[6]), (Boolean) r[7],
                (String) r[8], (Boolean) r[9]);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
