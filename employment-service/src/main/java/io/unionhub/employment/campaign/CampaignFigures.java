package io.unionhub.employment.campaign;

import java.util.UUID;

import jakarta.persistence.EntityManager;

/** A campaign's figures, as the union reports them: employers, posts, openings, trades, visitors, intents, hires. */
public record CampaignFigures(long employers, long posts, long openings, long trades, long visitors, long intents,
        long hires) {

    /** Read in one statement: intents are the on-site ones recorded at it, hires those of them hired since. */
    public static CampaignFigures of(EntityManager entityManager, UUID campaignId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select (select count(*) from campaign_employer e where e.campaign_id = :id),
                       (select count(*) from campaign_posting cp where cp.campaign_id = :id),
                       (select coalesce(sum(p.openings), 0) from campaign_posting cp
                            join posting p on p.id = cp.posting_id where cp.campaign_id = :id),
                       (select count(distinct p.trade_code) from campaign_posting cp
                            join posting p on p.id = cp.posting_id where cp.campaign_id = :id),
                       (select coalesce(sum(v.visitors), 0) from campaign_visitors v where v.campaign_id = :id),
                       (select count(*) from application a where a.campaign_id = :id),
                       (select count(*) from application a where a.campaign_id = :id and a.status = 'HIRED')""")
                .setParameter("id", campaignId).getSingleResult();
        return new CampaignFigures(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]),
                number(row[5]), number(row[6]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
