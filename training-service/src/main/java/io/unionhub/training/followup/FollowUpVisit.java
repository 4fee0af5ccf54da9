package io.unionhub.training.followup;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.kit.crypto.EncryptedString;

/** A visit after a completion to see how the cadre applies what they learned. */
@Entity
@Table(name = "follow_up")
public class FollowUpVisit extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID completionId;

    public UUID cadreId;

    public LocalDate dueOn;

    /** Whether the "follow-up due" event went out. */
    public boolean dueAnnounced;

    @Enumerated(EnumType.STRING)
    public FollowUpOutcome outcome;

    /** The visitor's notes may speak of the person: encrypted at rest, never in events. */
    @Convert(converter = EncryptedString.class)
    public String notes;

    public LocalDate visitedOn;

    @Version
    public int version;

    public boolean isRecorded() {
        return outcome != null;
    }
}
