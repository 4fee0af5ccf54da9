package io.unionhub.employment.posting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A job posting in the shape of schema.org's JobPosting. Public once its employer is verified. */
@Entity
public class Posting extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID employerId;

    public String title;

    public String tradeCode;

    public String description;

    public String district;

    public BigDecimal wageMin;

    public BigDecimal wageMax;

    @Enumerated(EnumType.STRING)
    public WageUnit wageUnit;

    @Enumerated(EnumType.STRING)
    public EmploymentType employmentType;

    public int openings;

    public int hired;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> skills;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> certificates;

    public LocalDate startsOn;

    /** The last day it may be applied to (schema.org validThrough). */
    public LocalDate validThrough;

    @Enumerated(EnumType.STRING)
    public PostingStatus status;

    /** Whether its employer is verified: only then is it on the board. */
    public boolean listed;

    public OffsetDateTime datePosted;

    public OffsetDateTime updatedAt;

    public String searchTokens;

    @Version
    public int version;

    /** Open to applications: open, listed and not past its last day. */
    public boolean isOpenOn(LocalDate today) {
        return status == PostingStatus.OPEN && listed && !validThrough.isBefore(today);
    }

    public int openingsLeft() {
        return openings - hired;
    }
}
