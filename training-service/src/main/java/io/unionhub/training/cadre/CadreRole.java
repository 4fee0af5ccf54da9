package io.unionhub.training.cadre;

/** A cadre's union role: it decides which track is required and which are open to them. */
public enum CadreRole {
    FULL_TIME,
    PART_TIME,
    CHAIR,
    VICE_CHAIR
}
