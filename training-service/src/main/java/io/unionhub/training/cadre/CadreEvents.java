package io.unionhub.training.cadre;

import java.util.UUID;

/** Events of the cadre aggregate: ids and facts, never a name. */
public final class CadreEvents {

    public static final String REGISTERED = "cadre.registered.v1";

    private CadreEvents() {
    }

    public record CadreRegistered(UUID cadreId, CadreRole role, UnitType unitType, String district,
            boolean newlyAppointed) {
    }
}
