package io.unionhub.employment.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.unionhub.employment.seeker.TargetGroup;
import io.unionhub.kit.events.EventType;

/** Events of the campaign aggregate. */
public final class CampaignEvents {

    public static final EventType<CampaignOpened> OPENED =
            EventType.of("campaign", "campaign.opened.v1", CampaignOpened.class);
    public static final EventType<EmployerJoined> EMPLOYER_JOINED =
            EventType.of("campaign", "campaign.employer-joined.v1", EmployerJoined.class);
    public static final EventType<CampaignClosed> CLOSED =
            EventType.of("campaign", "campaign.closed.v1", CampaignClosed.class);

    private CampaignEvents() {
    }

    public record CampaignOpened(UUID campaignId, CampaignType type, LocalDate startsOn, LocalDate endsOn,
            List<TargetGroup> targetGroups) {
    }

    /** An employer joined, or brought more postings ({@code postingIds} are the ones added now). */
    public record EmployerJoined(UUID campaignId, UUID employerId, List<UUID> postingIds, int openings) {
    }

    /** Closed, with its final figures. */
    public record CampaignClosed(UUID campaignId, long employers, long posts, long openings, long trades,
            long visitors, long intents, long hires) {
    }
}
