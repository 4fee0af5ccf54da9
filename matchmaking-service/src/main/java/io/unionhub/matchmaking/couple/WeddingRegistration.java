package io.unionhub.matchmaking.couple;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A married couple's place at a collective wedding (one wedding per couple). */
@Entity
public class WeddingRegistration extends PanacheEntityBase {

    @Id
    public UUID coupleId;

    public UUID weddingId;

    public OffsetDateTime registeredAt;
}
