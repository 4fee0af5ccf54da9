package io.unionhub.employment.employer;

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

/** An employer hiring through the union: its name and credit code are public, its contact person is not. */
@Entity
public class Employer extends PanacheEntityBase {

    @Id
    public UUID id;

    public String creditCode;

    public String name;

    public String district;

    @Convert(converter = EncryptedString.class)
    public String contactName;

    @Convert(converter = EncryptedString.class)
    public String contactPhone;

    /** The token subject of the employer's account, when it manages itself. */
    public String accountMemberId;

    @Enumerated(EnumType.STRING)
    public EmployerStatus status;

    public OffsetDateTime verifiedAt;

    public String verifiedBy;

    public OffsetDateTime registeredAt;

    @Version
    public int version;

    public boolean isVerified() {
        return status == EmployerStatus.VERIFIED;
    }

    public static Employer byAccount(String memberId) {
        return find("accountMemberId", memberId).firstResult();
    }
}
