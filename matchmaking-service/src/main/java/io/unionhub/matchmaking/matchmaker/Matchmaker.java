package io.unionhub.matchmaking.matchmaker;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A volunteer matchmaker ("union red matchmaker"), by their token subject; kept by union staff. */
@Entity
public class Matchmaker extends PanacheEntityBase {

    @Id
    public String memberId;

    public String displayName;

    public String district;

    public OffsetDateTime registeredAt;

    public OffsetDateTime retiredAt;
}
