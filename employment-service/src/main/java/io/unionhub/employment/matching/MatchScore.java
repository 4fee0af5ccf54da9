package io.unionhub.employment.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a seeker and a posting fit, out of 100, with the reasons: the trade (40, the one factor every match has),
 * the posting's skills the seeker has (25, in proportion; full when it asks none), its certificates (15, likewise),
 * the same district (15), and availability: the seeker can start by the posting's start (5).
 */
public record MatchScore(int score, List<Reason> reasons) {

    static final int TRADE = 40;
    static final int SKILLS = 25;
    static final int CERTIFICATES = 15;
    static final int DISTRICT = 15;
    static final int AVAILABILITY = 5;

    /** One factor: the points it gave out of its most, and what it found. */
    public record Reason(String factor, int points, int max, String detail) {
    }

    /** The facts the matching query read for one pair. */
    record Facts(String tradeCode, long skillsMet, long skillsWanted, long certificatesMet,
            long certificatesWanted, boolean sameDistrict, String district, boolean available) {
    }

    static MatchScore of(Facts facts) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason("trade", TRADE, TRADE, "wants trade " + facts.tradeCode()));
        reasons.add(new Reason("skills", share(SKILLS, facts.skillsMet(), facts.skillsWanted()), SKILLS,
                facts.skillsWanted() == 0 ? "no skill asked" : "has " + facts.skillsMet() + " of "
                        + facts.skillsWanted() + " skills asked"));
        reasons.add(new Reason("certificates", share(CERTIFICATES, facts.certificatesMet(),
                facts.certificatesWanted()), CERTIFICATES, facts.certificatesWanted() == 0 ? "no certificate asked"
                        : "holds " + facts.certificatesMet() + " of " + facts.certificatesWanted()
                                + " certificates asked"));
        reasons.add(new Reason("district", facts.sameDistrict() ? DISTRICT : 0, DISTRICT,
                facts.sameDistrict() ? "same district " + facts.district() : "another district"));
        reasons.add(new Reason("availability", facts.available() ? AVAILABILITY : 0, AVAILABILITY,
                facts.available() ? "can start in time" : "can start only after the job starts"));
        return new MatchScore(reasons.stream().mapToInt(Reason::points).sum(), reasons);
    }

    private static int share(int max, long met, long wanted) {
        return wanted == 0 ? max : (int) (max * met / wanted);
    }

    /** The same score in SQL, for ranking in the database (p = posting, s = seeker, :today). */
    static final String SQL = """
            (%d
             + case when jsonb_array_length(p.skills) = 0 then %d
                    else %d * (select count(*) from jsonb_array_elements_text(p.skills) k where jsonb_exists(s.skills, k))
                         / jsonb_array_length(p.skills) end
             + case when jsonb_array_length(p.certificates) = 0 then %d
                    else %d * (select count(*) from jsonb_array_elements_text(p.certificates) c
                               where jsonb_exists(s.certificates, c)) / jsonb_array_length(p.certificates) end
             + case when p.district = s.district then %d else 0 end
             + case when coalesce(s.earliest_start, :today) <= greatest(coalesce(p.starts_on, :today), :today)
                    then %d else 0 end)""".formatted(TRADE, SKILLS, SKILLS, CERTIFICATES, CERTIFICATES, DISTRICT,
            AVAILABILITY);

    /** The facts behind the score, as columns after the score. */
    static final String FACTS = """
            p.trade_code,
            (select count(*) from jsonb_array_elements_text(p.skills) k where jsonb_exists(s.skills, k)),
            jsonb_array_length(p.skills),
            (select count(*) from jsonb_array_elements_text(p.certificates) c where jsonb_exists(s.certificates, c)),
            jsonb_array_length(p.certificates),
            p.district = s.district, p.district,
            coalesce(s.earliest_start, :today) <= greatest(coalesce(p.starts_on, :today), :today)""";
}
