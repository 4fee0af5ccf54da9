package io.unionhub.ops.alert;

import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** What other systems hear of alerts (on unionhub.ops.events): a pager, a chat room, an incident log. */
public final class AlertEvents {

    public static final EventType<AlertRaised> RAISED = EventType.of("alert", "alert.raised.v1", AlertRaised.class);
    public static final EventType<AlertCleared> CLEARED =
            EventType.of("alert", "alert.cleared.v1", AlertCleared.class);

    private AlertEvents() {
    }

    public record AlertRaised(UUID alertId, AlertRule rule, String subject, double value, double threshold) {
    }

    public record AlertCleared(UUID alertId, AlertRule rule, String subject, double value) {
    }
}
