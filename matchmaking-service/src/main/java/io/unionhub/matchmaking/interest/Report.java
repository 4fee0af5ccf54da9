package io.unionhub.matchmaking.interest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.kit.crypto.EncryptedString;

/** A worker's report of another, for union staff to look into; its reason encrypted. */
@Entity
public class Report extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID reporterId;

    public UUID reportedId;

    @Convert(converter = EncryptedString.class)
    public String reason;

    public OffsetDateTime reportedAt;
}
