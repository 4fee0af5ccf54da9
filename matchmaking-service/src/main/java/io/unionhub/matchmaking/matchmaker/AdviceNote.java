package io.unionhub.matchmaking.matchmaker;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.kit.crypto.EncryptedString;

/** A matchmaker's note of advice about a worker assigned to them: encrypted, read by that matchmaker only. */
@Entity
public class AdviceNote extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID profileId;

    public String matchmakerId;

    @Convert(converter = EncryptedString.class)
    public String text;

    public OffsetDateTime writtenAt;
}
