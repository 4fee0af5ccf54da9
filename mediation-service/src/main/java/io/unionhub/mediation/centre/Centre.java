package io.unionhub.mediation.centre;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A "union + court" multi-party mediation centre (seeded by V2). */
@Entity
public class Centre extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    public String name;

    public String district;
}
