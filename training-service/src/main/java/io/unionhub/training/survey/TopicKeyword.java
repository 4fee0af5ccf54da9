package io.unionhub.training.survey;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The staff-edited dictionary: a request whose text holds the keyword falls in the category. */
@Entity
public class TopicKeyword extends PanacheEntityBase {

    @Id
    public UUID id;

    public String keyword;

    public String category;
}
