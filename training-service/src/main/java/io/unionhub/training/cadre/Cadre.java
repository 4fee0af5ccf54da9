package io.unionhub.training.cadre;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.kit.crypto.EncryptedString;

/** A full- or part-time union cadre of the city, to be trained on the "2+3" model. */
@Entity
public class Cadre extends PanacheEntityBase {

    /** Cadres appointed this recently are "newly appointed" and go first. */
    public static final int NEWLY_APPOINTED_MONTHS = 12;

    @Id
    public UUID id;

    /** The member id a cadre's token carries as {@code sub}. */
    public String memberId;

    @Convert(converter = EncryptedString.class)
    public String name;

    public String unionUnit;

    @Enumerated(EnumType.STRING)
    public UnitType unitType;

    public String district;

    @Enumerated(EnumType.STRING)
    public CadreRole role;

    public LocalDate appointedOn;

    public OffsetDateTime registeredAt;

    @Version
    public int version;

    public boolean newlyAppointed(LocalDate today) {
        return !appointedOn.isBefore(today.minusMonths(NEWLY_APPOINTED_MONTHS));
    }

    public static Cadre byMemberId(String memberId) {
        return find("memberId", memberId).firstResult();
    }
}
