package io.unionhub.ops.alert;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An alert as the API, the stream and the page show it; {@code clearedAt} null while open. */
public record AlertView(UUID id, AlertRule rule, String subject, OffsetDateTime raisedAt, OffsetDateTime clearedAt,
        double value, double threshold) {
}
