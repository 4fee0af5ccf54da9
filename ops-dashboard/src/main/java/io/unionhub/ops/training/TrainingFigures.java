package io.unionhub.ops.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.unionhub.ops.config.OpsConfig;
import io.unionhub.ops.figures.ProgramReadout;
import io.unionhub.ops.projection.Tallies;

/**
 * Training's figures: the counts of its events, and two-year coverage — registered cadres with a track completed in
 * the last two years ÷ registered cadres, overall and per district.
 */
@ApplicationScoped
public class TrainingFigures implements ProgramReadout {

    static final String CADRES_REGISTERED = "training.cadres-registered";
    static final String COMPLETIONS = "training.completions";
    static final String COHORTS_SCHEDULED = "training.cohorts-scheduled";
    static final String ENROLMENTS = "training.enrolments";
    static final String WAITLISTED = "training.waitlisted";
    static final String CANCELLATIONS = "training.cancellations";
    static final String SURVEYS = "training.surveys-answered";
    static final String ATTENDANCE = "training.attendance-present";
    static final String FOLLOW_UPS = "training.follow-ups-recorded";
    static final List<String> COUNTS = List.of(CADRES_REGISTERED, COMPLETIONS, COHORTS_SCHEDULED, ENROLMENTS,
            WAITLISTED, CANCELLATIONS, SURVEYS, ATTENDANCE, FOLLOW_UPS);
    /** How far back a completion still counts as trained (the "2+3" cycle). */
    static final int COVERAGE_YEARS = 2;

    /** Coverage of a district (or of all, key null). */
    @Schema(name = "CoverageOf")
    public record Coverage(String key, long cadres, long trained, Double coverage) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Tallies tallies;

    @Inject
    OpsConfig config;

    @Override
    public String program() {
        return "training";
    }

    @Override
    public List<String> counts() {
        return COUNTS;
    }

    @Override
    public Map<String, Number> current(int generation) {
        Map<String, Number> figures = tallies.totals(generation, COUNTS);
        Coverage all = coverage(generation);
        figures.put("training.cadres", all.cadres());
        figures.put("training.trained", all.trained());
        figures.put("training.coverage", all.coverage());
        return figures;
    }

    /** Two-year coverage of every registered cadre (key null): what the overview and the coverage alert show. */
    public Coverage coverage(int generation) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*), count(*) filter (where last_completed_on >= :since) from cadre_coverage
                where generation = :generation and district is not null""")
                .setParameter("generation", generation).setParameter("since", coveredSince())
                .getSingleResult();
        long cadres = ((Number) row[0]).longValue();
        long trained = ((Number) row[1]).longValue();
        return new Coverage(null, cadres, trained, ProgramReadout.share(trained, cadres));
    }

    /** Coverage per district, lowest first; ties by name. */
    public List<Coverage> coverageByDistrict(int generation, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select district, count(*), count(*) filter (where last_completed_on >= :since) as trained
                from cadre_coverage where generation = :generation and district is not null
                group by district order by cast(count(*) filter (where last_completed_on >= :since)
                    as double precision) / count(*), district limit :limit""", Object[].class)
                .setParameter("generation", generation).setParameter("since", coveredSince())
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Coverage((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ProgramReadout.share(((Number) r[2]).longValue(),
                        ((Number) r[1]).longValue()))).toList();
    }

    private LocalDate coveredSince() {
        return LocalDate.now(config.zone()).minusYears(COVERAGE_YEARS);
    }
}
