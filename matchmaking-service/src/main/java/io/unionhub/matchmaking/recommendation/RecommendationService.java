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
import jakarta.persistence.Query;
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
 * from a covering index (gender, birth year) over the recommendable profiles, within my age range widened by two years,
 * and are scored in one statement. Excluded: people I liked or passed on, blocked either way, matched, or shown to me
 * on {@value #MAX_SHOWN} days already (a reload the same day does not count again); the exclusions are applied to
 * the best (size + how many I exclude) only, which holds the true top.
 */
@ApplicationScoped
public class RecommendationService {

    static final int MAX_SHOWN = 3;
    static final int AGE_SLACK = 2;
    /**
     * The best score of anyone not wanted exactly: out of my age range (a quarter less) or district (half), their
     * fit to me is at most (0.75 + 1 + 1) / 3, and the harmonic mean with a perfect fit of mine is 2 × 11/12 / (1 + 11/12).
     */
    static final double OUTSIDE_BEST = 2 * (11.0 / 12) / (1 + 11.0 / 12);
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
        // my side is bound as values, theirs read from the covering index: the statement scores tens of thousands
        // of rows at 100,000 profiles, so float8 (not numeric) and no per-row work that my values can spare
        boolean anyDistrict = me.prefDistricts.isEmpty();
        String sql = """
                with ranked as materialized (
                    select id, fit_to_me, fit_to_them,
                           case when fit_to_me + fit_to_them = 0 then 0
                                else 2 * fit_to_me * fit_to_them / (fit_to_me + fit_to_them) end as score,
                           age_ok, district_ok, education_ok
                    from (select id, age_ok, district_ok, education_ok,
                                 ((case when age_ok then 1.0::float8 else greatest(0::float8, 1 - 0.25::float8
                                        * least(abs(:year - birth_year - :myMin), abs(:year - birth_year - :myMax))) end)
                                  + (case when district_ok then 1.0::float8 else 0.5::float8 end)
                                  + (case when education_ok then 1.0::float8 else 0.3::float8 end)) / 3 as fit_to_me,
                                 ((case when :myAge between pref_age_min and pref_age_max then 1.0::float8
                                        else greatest(0::float8, 1 - 0.25::float8
                                        * least(abs(:myAge - pref_age_min), abs(:myAge - pref_age_max))) end)
                                  + (case when pref_districts = '' or position(:myDistrict in ',' || pref_districts || ',') > 0
                                          then 1.0::float8 else 0.5::float8 end)
                                  + (case when pref_education_floor is null
                                            or :myEducation >= array_position(%1$s, pref_education_floor::text)
                                          then 1.0::float8 else 0.3::float8 end)) / 3 as fit_to_them
                          from (select c.*, (:year - c.birth_year) between :myMin and :myMax as age_ok,
                                       %2$s as district_ok,
                                       (:myFloor = 0 or array_position(%1$s, c.education::text) >= :myFloor) as education_ok
                                from profile c
                                where c.gender = :wanted
                                  and c.birth_year between :year - :myMax - :slack and :year - :myMin + :slack
                                  and c.verification = 'VERIFIED' and c.matching_consent and c.showing_consent
                                  and not c.coupled and c.verified_until >= :today
                                  %3$s) c) scored
                    order by score desc, id
                    limit :size + :excluded)
                select c.id, c.fit_to_me, c.fit_to_them, c.score, c.age_ok, c.district_ok, c.education_ok
                from ranked c
                where not exists (select 1 from interest i where i.from_id = :me and i.to_id = c.id)
                  and not exists (select 1 from block b where (b.blocker_id = :me and b.blocked_id = c.id)
                                                           or (b.blocker_id = c.id and b.blocked_id = :me))
                  and not exists (select 1 from match_pair p where p.ended_at is null
                                  and p.first_id = least(cast(:me as uuid), c.id)
                                  and p.second_id = greatest(cast(:me as uuid), c.id))
                  and not exists (select 1 from recommendation_shown s where s.viewer_id = :me
                                  and s.shown_id = c.id and s.times >= :maxShown)
                order by c.score desc, c.id
                limit :size""";
        String districtWanted = anyDistrict ? "true" : "c.district = any(cast(:myDistricts as text[]))";
        // where to look first: born in my age range, in a district I want (any, if I named none)
        String wantedExactly = "and c.birth_year between :year - :myMax and :year - :myMin"
                + (anyDistrict ? "" : " and c.district = any(cast(:myDistricts as text[]))");
        long excluded = ((Number) entityManager.createNativeQuery("""
                select (select count(*) from interest where from_id = :me)
                     + (select count(*) from block where blocker_id = :me or blocked_id = :me)
                     + (select count(*) from match_pair where ended_at is null and (first_id = :me or second_id = :me))
                     + (select count(*) from recommendation_shown where viewer_id = :me and times >= :maxShown)""")
                .setParameter("me", me.id).setParameter("maxShown", MAX_SHOWN).getSingleResult()).longValue();
        // first the people who fit me on age and district exactly, a small part of the index; anyone else scores at
        // most OUTSIDE_BEST, so when the last of the top found there scores above it, they are the true top
        List<Object[]> rows = scored(sql.formatted(EDUCATION_ORDER, districtWanted, wantedExactly), me, today, size,
                excluded);
        if (rows.size() < size || ((Number) rows.get(rows.size() - 1)[3]).doubleValue() <= OUTSIDE_BEST) {
            rows = scored(sql.formatted(EDUCATION_ORDER, districtWanted, ""), me, today, size, excluded);
        }
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

    @SuppressWarnings("unchecked")
    private List<Object[]> scored(String sql, Profile me, LocalDate today, int size, long excluded) {
        Query query = entityManager.createNativeQuery(sql).setParameter("year", today.getYear())
                .setParameter("wanted", (me.gender == Gender.MALE ? Gender.FEMALE : Gender.MALE).name())
                .setParameter("slack", AGE_SLACK).setParameter("today", today).setParameter("me", me.id)
                .setParameter("maxShown", MAX_SHOWN).setParameter("size", size).setParameter("excluded", excluded)
                .setParameter("myMin", me.prefAgeMin).setParameter("myMax", me.prefAgeMax)
                .setParameter("myAge", today.getYear() - me.birthYear)
                .setParameter("myDistrict", "," + me.district + ",")
                .setParameter("myEducation", me.education.ordinal() + 1)
                .setParameter("myFloor", me.prefEducationFloor == null ? 0 : me.prefEducationFloor.ordinal() + 1);
        if (!me.prefDistricts.isEmpty()) {
            query.setParameter("myDistricts", me.prefDistricts.split(","));
        }
        return query.getResultList();
    }

    private static int percent(Object share) {
        return (int) Math.round(((Number) share).doubleValue() * 100);
    }
}
