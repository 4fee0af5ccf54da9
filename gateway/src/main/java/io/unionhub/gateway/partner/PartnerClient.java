package io.unionhub.gateway.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A partner agency's API client: its agency id (what its tokens name as subject, as the services know the agency),
 * a hash of its secret, and whether it may still get and use tokens. Kept when revoked, for the record.
 */
@Entity
public class PartnerClient extends PanacheEntityBase {

    public enum Status {
        ACTIVE, REVOKED
    }

    @Id
    public UUID id;

    public String agency;

    public String name;

    public byte[] secretHash;

    @Enumerated(EnumType.STRING)
    public Status status;

    public OffsetDateTime createdAt;

    public String createdBy;

    public OffsetDateTime secretRotatedAt;

    public OffsetDateTime revokedAt;

    public String revokedBy;

    @Version
    public long version;

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** Loads the client and holds its row until commit: a rotation and a revocation happen one after the other. */
    public static PartnerClient locked(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
