package io.unionhub.matchmaking.profile;

/** Education levels, lowest first: a preference's floor admits its own level and those above. */
public enum Education {
    JUNIOR_HIGH,
    SENIOR_HIGH,
    VOCATIONAL,
    JUNIOR_COLLEGE,
    BACHELOR,
    MASTER,
    DOCTORATE
}
