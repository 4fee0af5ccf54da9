package io.unionhub.matchmaking.mixer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.matchmaking.profile.ProfileService;

/**
 * "Workers order": a worker with a profile wishes for a mixer of a theme, in a district, in a month of the coming
 * year; union staff see the wishes grouped, the most wished first, to decide what to organise.
 */
@ApplicationScoped
public class WishService {

    /** Wishes reach a year ahead at most. */
    static final int MONTHS_AHEAD = 12;

    @Inject
    ProfileService profiles;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public MixerWish wish(String memberId, Theme theme, String district, YearMonth month) {
        YearMonth now = YearMonth.now(clock);
        if (month.isBefore(now) || month.isAfter(now.plusMonths(MONTHS_AHEAD))) {
            throw ProblemException.invalidField("month", "mixer.wish-month", MONTHS_AHEAD);
        }
        MixerWish wish = new MixerWish();
        wish.id = UUID.randomUUID();
        wish.profileId = profiles.mine(memberId).id;
        wish.theme = theme;
        wish.district = district;
        wish.month = month.atDay(1);
        if (MixerWish.count("profileId = ?1 and theme = ?2 and district = ?3 and month = ?4", wish.profileId, theme,
                district, wish.month) > 0) {
            throw ProblemException.conflict("mixer.wished");
        }
        wish.postedAt = OffsetDateTime.now(clock);
        wish.persist();
        return wish;
    }

    public record Group(Theme theme, String district, String month, int wishes) {
    }

    /** The wishes for this month on, grouped by theme, district and month, the most wished first. */
    public PageOf<Group> grouped(PageParams page) {
        LocalDate from = YearMonth.now(clock).atDay(1);
        long total = ((Number) entityManager.createNativeQuery("""
                select count(*) from (select 1 from mixer_wish where month >= :from
                                      group by theme, district, month) g""")
                .setParameter("from", from).getSingleResult()).longValue();
        List<Group> groups = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery("""
                select theme, district, to_char(month, 'YYYY-MM'), count(*) from mixer_wish where month >= :from
                group by theme, district, month order by count(*) desc, month, theme, district""")
                .setParameter("from", from).setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                .getResultList()) {
            Object[] r = (Object[]) row;
            groups.add(new Group(Theme.valueOf((String) r[0]), (String) r[1], (String) r[2],
                    ((Number) r[3]).intValue()));
        }
        return new PageOf<>(groups, page.page(), page.size(), total);
    }
}
