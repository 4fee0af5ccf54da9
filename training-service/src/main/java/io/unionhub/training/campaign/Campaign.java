package io.unionhub.training.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** "Not one left behind": train every cadre in scope (the whole city, or some districts) within the period. */
@Entity
public class Campaign extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public LocalDate startsOn;

    public LocalDate endsOn;

    /** Empty: every district of the city. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> districts;

    public OffsetDateTime createdAt;
}
