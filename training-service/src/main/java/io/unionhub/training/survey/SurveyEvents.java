package io.unionhub.training.survey;

import java.util.List;
import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** Needs-survey events: the request's free text stays in the service (it may say more than it should). */
public final class SurveyEvents {

    public static final EventType<SurveyAnswered> ANSWERED =
            EventType.of("cohort", "survey.answered.v1", SurveyAnswered.class);

    private SurveyEvents() {
    }

    /**
     * A cadre's answer to a cohort's needs survey; a later answer of the same cadre replaces it.
     *
     * @param categories the distinct categories asked for: of the keyword dictionary, "Uncategorised", or "Other"
     *                   (one a cadre typed)
     * @param topics     how many topics the answer holds
     * @param replaced   whether it replaces an earlier answer of the cadre
     */
    public record SurveyAnswered(UUID cohortId, UUID cadreId, List<String> categories, int topics, boolean replaced) {
    }
}
