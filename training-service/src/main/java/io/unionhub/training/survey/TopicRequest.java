package io.unionhub.training.survey;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One topic a cadre asked to hear about before their cohort, with the category they chose, if any. */
@Entity
public class TopicRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID cohortId;

    public UUID cadreId;

    public String topic;

    public String category;

    public OffsetDateTime submittedAt;
}
