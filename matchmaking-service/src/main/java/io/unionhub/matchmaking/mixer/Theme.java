package io.unionhub.matchmaking.mixer;

/** The kinds of mixer workers ask for and the union runs. */
public enum Theme {
    OUTDOOR,
    SPORTS,
    CULTURE,
    TRIP,
    FESTIVAL,
    SKILLS,
    DINNER,
    OTHER
}
