package io.unionhub.employment.seeker;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.kit.crypto.EncryptedString;

/** A job seeker: a villager surveyed at their door, a worker who registered in the app, or a walk-in at a fair. */
@Entity
public class Seeker extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The worker's token subject, when they have an account; a surveyed villager may have none. */
    public String memberId;

    @Convert(converter = EncryptedString.class)
    public String name;

    @Convert(converter = EncryptedString.class)
    public String phone;

    public String district;

    public String township;

    public String village;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> wantedTrades;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> skills;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> certificates;

    public LocalDate earliestStart;

    public boolean gigWanted;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<TargetGroup> targetGroups;

    @Enumerated(EnumType.STRING)
    public RegisteredBy registeredBy;

    public OffsetDateTime registeredAt;

    @Version
    public int version;

    public static Seeker byMemberId(String memberId) {
        return find("memberId", memberId).firstResult();
    }
}
