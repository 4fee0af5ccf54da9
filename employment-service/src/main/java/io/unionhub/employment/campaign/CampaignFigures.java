package io.unionhub.employment.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/** A campaign's figures, as the union reports them: employers, posts, openings, trades, visitors, intents, hires. */
public record CampaignFigures(long employers, long posts, long openings, long trades, long visitors, long intents,
        long hires) {

    public static CampaignFigures of(EntityManager entityManager, UUID campaignId) {
        return of(entityManager, List.of(campaignId)).get(campaignId);
    }

    /**
     * The figures of these campaigns, read in one statement: intents are the on-site ones recorded at each, hires
     * those of them hired since.
     */
    @SuppressWarnings("unchecked")
    public static Map<UUID, CampaignFigures> of(EntityManager entityManager, List<UUID> campaignIds) {
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                select c.id,
                       (select count(*) from campaign_employer e where e.campaign_id = c.id),
                       (select count(*) from campaign_posting cp where cp.campaign_id = c.id),
                       (select coalesce(sum(p.openings), 0) from campaign_posting cp
                            join posting p on p.id = cp.posting_id where cp.campaign_id = c.id),
                       (select count(distinct p.trade_code) from campaign_posting cp
                            join posting p on p.id = cp.posting_id where cp.campaign_id = c.id),
                       (select coalesce(sum(v.visitors), 0) from campaign_visitors v where v.campaign_id = c.id),
                       (select count(*) from application a where a.campaign_id = c.id),
                       (select count(*) from application a where a.campaign_id = c.id and a.status = 'HIRED')
                from campaign c where c.id in (:ids)""")
                .setParameter("ids", campaignIds).getResultList();
        Map<UUID, CampaignFigures> figures = new HashMap<>();
        for (Object[] row : rows) {
            figures.put((UUID) row[0], new CampaignFigures(number(row[1]), number(row[2]), number(row[3]),
                    number(row[4]), number(row[5]), number(row[6]), number(row[7])));
        }
        return figures;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
