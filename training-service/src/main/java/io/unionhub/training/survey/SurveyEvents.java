package io.unionhub.training.survey;

import java.util.UUID;

/** Needs-survey events: the request's free text stays in the service (it may say more than it should). */
public final class SurveyEvents {

    public static final String TOPIC_REQUESTED = "survey.topic-requested.v1";

    private SurveyEvents() {
    }

    /** @param category a category of the keyword dictionary, "Uncategorised", or "Other" (one a cadre typed) */
    public record TopicRequested(UUID requestId, UUID cohortId, UUID cadreId, String category) {
    }
}
