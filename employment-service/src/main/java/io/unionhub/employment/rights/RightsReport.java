package io.unionhub.employment.rights;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.kit.crypto.EncryptedString;

/** A worker's (or staff's) report of a rights problem with an employer, handed to mediation as an event. */
@Entity
public class RightsReport extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID employerId;

    @Enumerated(EnumType.STRING)
    public RightsCategory category;

    public int affectedWorkers;

    public BigDecimal amountOwed;

    /** What happened, in the reporter's words: encrypted, and never in an event. */
    @Convert(converter = EncryptedString.class)
    public String account;

    public String reportedBy;

    public OffsetDateTime reportedAt;
}
