package io.unionhub.training.cadre;

/** The kind of union unit a cadre serves in. */
public enum UnitType {
    ENTERPRISE,
    INDUSTRIAL_PARK,
    STREET,
    TOWNSHIP,
    INSTITUTION,
    OTHER
}
