package io.unionhub.employment.board;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.unionhub.employment.posting.Posting;
import io.unionhub.employment.posting.PostingSearchText;
import io.unionhub.employment.posting.WageUnit;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;

/**
 * The board's search: open, listed postings not past their last day, by trade, district, gig only, wage floor and
 * free text (the full-text index of Chinese bigrams and words), newest first.
 */
@ApplicationScoped
public class BoardSearch {

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** A wage floor compares only postings paid in the same unit (300 a day says nothing about a monthly wage). */
    public record BoardFilter(String trade, String district, boolean gigOnly, BigDecimal wageFloor, WageUnit wageUnit,
            String text) {
    }

    @SuppressWarnings("unchecked")
    public PageOf<Posting> search(BoardFilter filter, PageParams page) {
        StringBuilder where = new StringBuilder(
                " where p.status = 'OPEN' and p.listed and p.valid_through >= :today");
        Map<String, Object> params = new HashMap<>();
        params.put("today", LocalDate.now(clock));
        if (filter.trade() != null) {
            where.append(" and p.trade_code = :trade");
            params.put("trade", filter.trade());
        }
        if (filter.district() != null) {
            where.append(" and p.district = :district");
            params.put("district", filter.district());
        }
        if (filter.gigOnly()) {
            where.append(" and p.employment_type in ('GIG', 'PER_DIEM')");
        }
        if (filter.wageFloor() != null) {
            where.append(" and p.wage_max >= :floor and p.wage_unit = :unit");
            params.put("floor", filter.wageFloor());
            params.put("unit", filter.wageUnit().name());
        }
        if (filter.text() != null) {
            String query = PostingSearchText.query(filter.text());
            if (query.isEmpty()) {
                return new PageOf<>(List.of(), page.page(), page.size(), 0);
            }
            where.append(" and p.search_doc @@ to_tsquery('simple', :query)");
            params.put("query", query);
        }
        var select = entityManager.createNativeQuery("select p.* from posting p" + where
                + " order by p.date_posted desc, p.id", Posting.class);
        var count = entityManager.createNativeQuery("select count(*) from posting p" + where);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Posting> items = select.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                .getResultList();
        return new PageOf<>(items, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }
}
