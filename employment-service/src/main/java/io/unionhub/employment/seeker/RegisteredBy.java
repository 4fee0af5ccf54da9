package io.unionhub.employment.seeker;

/** How a seeker came into the register. */
public enum RegisteredBy {
    /** The worker, through the app. */
    SELF,
    /** Union staff, from a door-to-door intention survey (one by one or a CSV). */
    STAFF_SURVEY,
    /** Registered on the spot at a recruitment campaign. */
    WALK_IN
}
