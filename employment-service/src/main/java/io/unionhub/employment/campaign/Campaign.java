package io.unionhub.employment.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.employment.seeker.TargetGroup;

/** A recruitment campaign: a fair, a recruitment month, a livestream, employment aid, a targeted drive. */
@Entity
public class Campaign extends PanacheEntityBase {

    public enum Status {
        OPEN,
        CLOSED
    }

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public CampaignType type;

    public LocalDate startsOn;

    public LocalDate endsOn;

    public String venue;

    public String streamUrl;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<TargetGroup> targetGroups;

    @Enumerated(EnumType.STRING)
    public Status status;

    public OffsetDateTime openedAt;

    public OffsetDateTime closedAt;

    @Version
    public int version;

    /** On-site intents are recorded while it is open, on its days. */
    public boolean isRunningOn(LocalDate day) {
        return status == Status.OPEN && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
