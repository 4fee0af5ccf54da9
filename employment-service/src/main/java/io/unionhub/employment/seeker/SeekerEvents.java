package io.unionhub.employment.seeker;

import java.util.List;
import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** Events of the seeker aggregate: ids and facts, never a name, a phone or a target group. */
public final class SeekerEvents {

    public static final EventType<SeekerRegistered> REGISTERED =
            EventType.of("seeker", "seeker.registered.v1", SeekerRegistered.class);

    private SeekerEvents() {
    }

    /** No target groups: hardship, disability or a family's service are not facts to spread with an id. */
    public record SeekerRegistered(UUID seekerId, String district, List<String> wantedTrades, boolean gigWanted,
            RegisteredBy registeredBy) {
    }
}
