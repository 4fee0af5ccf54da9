package io.unionhub.mediation.mediator;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A mediator of a "union + court" centre, known by their member id (the subject of their token). */
@Entity
public class Mediator extends PanacheEntityBase {

    @Id
    public String memberId;

    public String displayName;

    public UUID centreId;

    /** An inactive mediator keeps their past cases and takes no new one. */
    public boolean active;
}
