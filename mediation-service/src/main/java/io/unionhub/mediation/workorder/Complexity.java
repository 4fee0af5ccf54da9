package io.unionhub.mediation.workorder;

/** The 12351 practice's classes: each has its own time limits. */
public enum Complexity {
    ORDINARY,
    DIFFICULT,
    COMPLEX
}
