package io.unionhub.matchmaking.mixer;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.matchmaking.profile.Gender;

/** A mixer's venue (its main venue, or a district venue) with its seats per gender. */
@Entity
@Table(name = "mixer_venue")
public class Venue extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID mixerId;

    public String name;

    public String district;

    public boolean main;

    public int maleSeats;

    public int femaleSeats;

    public int seats(Gender gender) {
        return gender == Gender.MALE ? maleSeats : femaleSeats;
    }
}
