package io.unionhub.mediation.mediationcase;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.kit.crypto.EncryptedString;

/** A mediation session, numbered within its case, with its minutes (encrypted). */
@Entity
@Table(name = "case_session")
public class CaseSession extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID caseId;

    public int number;

    public OffsetDateTime heldAt;

    public String recordedBy;

    @Convert(converter = EncryptedString.class)
    public String minutes;
}
