package io.unionhub.matchmaking.mixer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A worker's wish for a mixer ("workers order"): a theme, a district, a month (its first day). */
@Entity
public class MixerWish extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID profileId;

    @Enumerated(EnumType.STRING)
    public Theme theme;

    public String district;

    public LocalDate month;

    public OffsetDateTime postedAt;
}
