package io.unionhub.training.cadre;

import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** Events of the cadre aggregate: ids and facts, never a name. */
public final class CadreEvents {

    public static final EventType<CadreRegistered> REGISTERED =
            EventType.of("cadre", "cadre.registered.v1", CadreRegistered.class);

    private CadreEvents() {
    }

    public record CadreRegistered(UUID cadreId, CadreRole role, UnitType unitType, String district,
            boolean newlyAppointed) {
    }
}
