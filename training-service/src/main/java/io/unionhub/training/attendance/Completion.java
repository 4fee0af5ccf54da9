package io.unionhub.training.attendance;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cadre completed a track (attended every day of a cohort): final, with its certificate. */
@Entity
public class Completion extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID cadreId;

    public UUID cohortId;

    public UUID trackId;

    public String certificateNumber;

    public LocalDate completedOn;
}
