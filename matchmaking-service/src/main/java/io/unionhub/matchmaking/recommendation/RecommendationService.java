package io.unionhub.matchmaking.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.unionhub.kit.problem.ProblemException;
import io.unionhub.matchmaking.profile.Education;
import io.unionhub.matchmaking.profile.Gender;
import io.unionhub.matchmaking.profile.Profile;
import io.unionhub.matchmaking.profile.ProfileService;

/**
 * Reciprocal recommendations (as RECON does): each candidate's fit to my preferences and my fit to theirs, each an
 * average of age (1 in range, less a quarter a year outside), district (1 wanted or any, ½ otherwise) and education
 * (1 at or above the floor, 0.3 below), combined by their harmonic mean, so a one-sided fit ranks low. Candidates come
 * from an index (gender, birth year) over the recommendable profiles, within my age range widened by two years, and
 * are scored in one statement. Excluded: people I liked or passed on, blocked either way, matched, or shown to me
 * on {@value #MAX_SHOWN} days already (a reload the same day does not count again).
 */
@ApplicationScoped
public class RecommendationService {

    static final int MAX_SHOWN = 3;
    static final int AGE_SLACK = 2;
    private static final String EDUCATION_ORDER = "array[" + String.join(", ",
            Arrays.stream(Education.values()).map(e -> "'" + e.name() + "'").toList()) + "]";

    @Inject
    EntityManager entityManager;

    @Inject
    ProfileService profiles;

    @Inject
    Clock clock;

    /** A recommended person: how well they fit me and I fit them (0–100), and the score. */
    public record Recommended(Profile profile, int score, int theirFitToMe, int myFitToThem, boolean ageWanted,
            boolean districtWanted, boolean educationWanted) {
    }

    @Transactional
    public List<Recommended> forMe(String memberId, int size) {
        Profile me = profiles.mine(memberId);
        LocalDate today = LocalDate.now(clock);
        if (!me.recommendable(today)) {
            // reciprocity: only someone others can be shown is shown others
            throw ProblemException.ruleViolated("recommendation.not-recommendable");
        }
        String fit = """
                ((case when %1$s between %2$s.pref_age_min and %2$s.pref_age_max then 1.0
                       else greatest(0, 1 - 0.25 * least(abs(%1$s - %2$s.pref_age_min), abs(%1$s - %2$s.pref_age_max))) end)
                 + (case when %2$s.pref_districts = '' or position(',' || %3$s.district || ',' in ',' || %2$s.pref_districts || ',') > 0
                         then 1.0 else 0.5 end)
                 + (case when %2$s.pref_education_floor is null
                           or array_position(%4$s, %3$s.education::text) >= array_position(%4$s, %2$s.pref_education_floor::text)
                         then 1.0 else 0.3 end)) / 3""";
        String theirAge = ":year - c.birth_year";
        String myAge = ":year - m.birth_year";
        String sql = """
                select c.id, fit_to_me, fit_to_them,
                       case when fit_to_me + fit_to_them = 0 then 0
                            else 2 * fit_to_me * fit_to_them / (fit_to_me + fit_to_them) end as score,
                       age_ok, district_ok, education_ok
                from (select c.*, %s as fit_to_me, %s as fit_to_them,
                             (:year - c.birth_year) between m.pref_age_min and m.pref_age_max as age_ok,
                             (m.pref_districts = '' or position(',' || c.district || ',' in ',' || m.pref_districts || ',') > 0) as district_ok,
                             (m.pref_education_floor is null or array_position(%s, c.education::text)
                                 >= array_position(%s, m.pref_education_floor::text)) as education_ok
                      from profile m join profile c
                        on c.gender = :wanted
                       and c.birth_year between :year - m.pref_age_max - :slack and :year - m.pref_age_min + :slack
                       and c.verification = 'VERIFIED' and c.matching_consent and c.showing_consent and not c.coupled
                       and c.verified_until >= :today
                      where m.id = :me
                        and not exists (select 1 from interest i where i.from_id = m.id and i.to_id = c.id)
                        and not exists (select 1 from block b where (b.blocker_id = m.id and b.blocked_id = c.id)
                                                                 or (b.blocker_id = c.id and b.blocked_id = m.id))
                        and not exists (select 1 from match_pair p where p.ended_at is null
                                        and p.first_id = least(m.id, c.id) and p.second_id = greatest(m.id, c.id))
                        and not exists (select 1 from recommendation_shown s where s.viewer_id = m.id
                                        and s.shown_id = c.id and s.times >= :maxShown)) c
                order by score desc, c.id
                limit :size""".formatted(fit.formatted(theirAge, "m", "c", EDUCATION_ORDER),
                fit.formatted(myAge, "c", "m", EDUCATION_ORDER), EDUCATION_ORDER, EDUCATION_ORDER);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("year", today.getYear())
                .setParameter("wanted", (me.gender == Gender.MALE ? Gender.FEMALE : Gender.MALE).name())
                .setParameter("slack", AGE_SLACK).setParameter("today", today).setParameter("me", me.id)
                .setParameter("maxShown", MAX_SHOWN).setParameter("size", size).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        Map<UUID, Profile> candidates = Profile.<Profile> list("id in ?1", ids).stream()
                .collect(Collectors.toMap(profile -> profile.id, profile -> profile));
        List<Recommended> recommended = new ArrayList<>();
        for (Object[] row : rows) {
            recommended.add(new Recommended(candidates.get((UUID) row[0]), percent(row[3]), percent(row[1]),
                    percent(row[2]), (Boolean) row[4], (Boolean) row[5], (Boolean) row[6]));
        }
        // one statement counts the day's showing of all of them
        entityManager.createNativeQuery("""
                insert into recommendation_shown (viewer_id, shown_id, times, last_shown_on)
                select :viewer, shown, 1, :today from unnest(cast(:shown as uuid[])) shown
                on conflict (viewer_id, shown_id) do update
                set times = recommendation_shown.times
                            + case when recommendation_shown.last_shown_on < :today then 1 else 0 end,
                    last_shown_on = :today""")
                .setParameter("viewer", me.id).setParameter("shown", ids.toArray(UUID[]::new))
                .setParameter("today", today).executeUpdate();
        return recommended;
    }

    private static int percent(Object share) {
        return (int) Math.round(((Number) share).doubleValue() * 100);
    }
}
