package io.unionhub.ops.alert;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A threshold crossed: open until the condition passes (one open per rule and subject). */
@Entity
public class Alert extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public AlertRule rule;

    /** What it is about: a program, or the service whose outbox lags. */
    public String subject;

    public OffsetDateTime raisedAt;

    public OffsetDateTime clearedAt;

    /** The value that crossed the threshold (at the last check while open). */
    public double value;

    public double threshold;

    AlertView view() {
        return new AlertView(id, rule, subject, raisedAt, clearedAt, value, threshold);
    }
}
