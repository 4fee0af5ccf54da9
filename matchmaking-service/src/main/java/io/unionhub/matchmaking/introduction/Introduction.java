package io.unionhub.matchmaking.introduction;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A one-to-one introduction a matchmaker proposes (the lower profile id first): both must accept. */
@Entity
public class Introduction extends PanacheEntityBase {

    public enum Status {
        PROPOSED,
        ACCEPTED,
        DECLINED,
        /** Both accepted, but by then one could no longer be introduced (a block, a consent withdrawn, a couple). */
        LAPSED
    }

    public enum Reply {
        ACCEPTED,
        DECLINED
    }

    @Id
    public UUID id;

    public String matchmakerId;

    public UUID firstId;

    public UUID secondId;

    @Enumerated(EnumType.STRING)
    public Reply firstAnswer;

    @Enumerated(EnumType.STRING)
    public Reply secondAnswer;

    @Enumerated(EnumType.STRING)
    public Status status;

    public OffsetDateTime proposedAt;

    public OffsetDateTime decidedAt;

    public boolean involves(UUID profileId) {
        return firstId.equals(profileId) || secondId.equals(profileId);
    }

    public UUID other(UUID profileId) {
        return firstId.equals(profileId) ? secondId : firstId;
    }

    public Reply answerOf(UUID profileId) {
        return firstId.equals(profileId) ? firstAnswer : secondAnswer;
    }
}
