package io.unionhub.training.campaign;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A campaign's invitation of an untrained cadre to a coming cohort of their required track. */
@Entity
public class Invitation extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID campaignId;

    public UUID cadreId;

    public UUID cohortId;

    public OffsetDateTime invitedAt;
}
