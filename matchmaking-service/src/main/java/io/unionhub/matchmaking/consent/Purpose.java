package io.unionhub.matchmaking.consent;

/** What a worker consents to, each on its own (PIPL: separate consent for sensitive personal information). */
public enum Purpose {
    /** To be matched at all: without it the profile is hidden from everyone. */
    MATCHING,
    /** To have the civil-affairs office check the marriage registry. */
    REGISTRY_CHECK,
    /** To be shown to the people recommended to them. */
    SHOW_TO_RECOMMENDED,
    /** To share the profile with an assigned matchmaker. */
    SHARE_WITH_MATCHMAKER
}
