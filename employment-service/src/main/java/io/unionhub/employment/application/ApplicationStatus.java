package io.unionhub.employment.application;

import java.util.Map;
import java.util.Set;

/**
 * An application's life: submitted → interviewing → intent reached → hired, or rejected / withdrawn on the way.
 * Interviewing may be skipped (an on-site intent at a fair is reached on the spot).
 */
public enum ApplicationStatus {
    SUBMITTED,
    INTERVIEWING,
    INTENT_REACHED,
    HIRED,
    REJECTED,
    WITHDRAWN;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            SUBMITTED, Set.of(INTERVIEWING, INTENT_REACHED, REJECTED, WITHDRAWN),
            INTERVIEWING, Set.of(INTENT_REACHED, REJECTED, WITHDRAWN),
            INTENT_REACHED, Set.of(HIRED, REJECTED, WITHDRAWN),
            HIRED, Set.of(),
            REJECTED, Set.of(),
            WITHDRAWN, Set.of());

    public boolean canBecome(ApplicationStatus next) {
        return NEXT.get(this).contains(next);
    }
}
