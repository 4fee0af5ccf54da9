package io.unionhub.mediation.mediationcase;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.kit.crypto.EncryptedString;

/** A mediator's declaration for one case; a declared conflict keeps them from it for good. */
@Entity
@IdClass(ConflictDeclaration.Key.class)
public class ConflictDeclaration extends PanacheEntityBase {

    /** The declaration's key: one per case and mediator. */
    public static class Key implements Serializable {

        public UUID caseId;
        public String mediatorId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(caseId, key.caseId)
                    && Objects.equals(mediatorId, key.mediatorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, mediatorId);
        }
    }

    @Id
    public UUID caseId;

    @Id
    public String mediatorId;

    @Enumerated(EnumType.STRING)
    public ConflictKind conflict;

    @Convert(converter = EncryptedString.class)
    public String detail;

    public OffsetDateTime declaredAt;
}
