package io.unionhub.matchmaking.couple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A collective wedding the union holds: a day, a venue, room for so many couples. */
@Entity
public class Wedding extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    public LocalDate heldOn;

    public String venue;

    public int capacity;

    /** Places taken (anonymous; kept once the wedding is held). */
    public int couples;

    public OffsetDateTime createdAt;
}
