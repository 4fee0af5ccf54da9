package io.unionhub.matchmaking.mixer;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A mixer the union organises: open for sign-ups until it starts, closed by staff after it (pairs formed). */
@Entity
public class Mixer extends PanacheEntityBase {

    public enum Status {
        OPEN,
        CLOSED
    }

    @Id
    public UUID id;

    public String title;

    @Enumerated(EnumType.STRING)
    public Theme theme;

    public OffsetDateTime startsAt;

    public OffsetDateTime endsAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    public OffsetDateTime publishedAt;

    public OffsetDateTime closedAt;

    /** Kept at close, anonymous: they outlive the registrations an erasure removes. */
    public Integer registered;

    public Integer attended;

    public Integer picks;

    public Integer mutualPicks;

    public Integer pairs;
}
