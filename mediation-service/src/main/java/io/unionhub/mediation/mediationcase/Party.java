package io.unionhub.mediation.mediationcase;

/** Who signs an agreement: both parties and the mediator. */
public enum Party {
    WORKER,
    EMPLOYER,
    MEDIATOR
}
