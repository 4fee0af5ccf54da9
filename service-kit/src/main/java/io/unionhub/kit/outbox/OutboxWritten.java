package io.unionhub.kit.outbox;

import java.util.UUID;

/** Fired when an outbox row is written; observed after commit to wake the relay at once. */
public record OutboxWritten(UUID eventId) {
}
