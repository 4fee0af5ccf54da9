package io.unionhub.employment.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A seeker's application to a posting. */
@Entity
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID postingId;

    public UUID seekerId;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    public ApplicationSource source;

    /** The campaign an on-site intent was recorded at. */
    public UUID campaignId;

    public OffsetDateTime submittedAt;

    public OffsetDateTime updatedAt;

    @Version
    public int version;

    /** Whether the seeker has a live application (not rejected or withdrawn) to the posting. */
    public static boolean liveExists(UUID postingId, UUID seekerId) {
        return count("postingId = ?1 and seekerId = ?2 and status not in ?3", postingId, seekerId,
                java.util.List.of(ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)) > 0;
    }
}
