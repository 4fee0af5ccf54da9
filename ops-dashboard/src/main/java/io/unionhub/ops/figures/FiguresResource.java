package io.unionhub.ops.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.security.Roles;
import io.unionhub.ops.config.OpsConfig;
import io.unionhub.ops.mediation.MediationFigures;
import io.unionhub.ops.projection.Changes;
import io.unionhub.ops.projection.Generations;
import io.unionhub.ops.projection.Tallies;
import io.unionhub.ops.training.TrainingFigures;

@Path("/api/ops")
@Tag(name = "Figures", description = "Every program's figures folded from its events: current values, time series, "
        + "top lists, each with the time of the latest event it reflects")
@RolesAllowed({ Roles.OPS, Roles.UNION_STAFF })
public class FiguresResource {

    /** The longest series one call draws, in years. */
    static final int MAX_YEARS = 10;
    /** The series drawn when no period is named: the last 90 days. */
    static final int DEFAULT_DAYS = 90;

    public record Series(String figure, String dimension, Tallies.Every every, LocalDate from, LocalDate to,
            OffsetDateTime asOf, List<Tallies.Point> points) {
    }

    public record Top<T>(OffsetDateTime asOf, List<T> items) {
    }

    @Inject
    Figures figures;

    @Inject
    Generations generations;

    @Inject
    Tallies tallies;

    @Inject
    TrainingFigures training;

    @Inject
    MediationFigures mediation;

    @Inject
    OpsConfig config;

    @GET
    @Path("/figures")
    @Operation(operationId = "allFigures", summary = "Every program's current figures (the overview)")
    public List<ProgramFigures> all() {
        return figures.all();
    }

    @GET
    @Path("/figures/{program}")
    @Operation(operationId = "programFigures", summary = "One program's current figures",
            description = "program: training, employment, mediation or matchmaking.")
    public ProgramFigures program(@PathParam("program") @Size(max = 20) String program) {
        return figures.of(program);
    }

    @GET
    @Path("/series/{figure}")
    @Transactional
    @Operation(operationId = "figureSeries", summary = "A counted figure per day, week (from Monday) or month",
            description = "Days in the federation's zone, both ends included (the last 90 days unless named; at most "
                    + "ten years). A dimension narrows it, e.g. district:滨海区 or category:LABOUR_DISPUTE; periods "
                    + "without events are left out.")
    public Series series(@PathParam("figure") @Size(max = 60) String figure,
            @QueryParam("every") @DefaultValue("DAY") Tallies.Every every,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("dimension") @Size(max = 140) @Pattern(regexp = "[^\\x00-\\x1f]*") String dimension) {
        if (!figures.counts(figure)) {
            throw ProblemException.notFound("figure", figure);
        }
        LocalDate end = to != null ? to : LocalDate.now(config.zone());
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        if (start.getYear() < 1970) {
            throw ProblemException.invalidField("from", "series.date-out-of-range");
        }
        if (end.getYear() > 9999) {
            throw ProblemException.invalidField("to", "series.date-out-of-range");
        }
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("to", "series.to-before-from");
        }
        if (!end.isBefore(start.plusYears(MAX_YEARS))) {
            throw ProblemException.invalidField("to", "series.period-too-long");
        }
        int live = generations.live();
        String program = figure.substring(0, figure.indexOf('.'));
        String narrowed = dimension == null ? Changes.ALL : dimension;
        return new Series(figure, narrowed, every, start, end, figures.asOf(live, program),
                tallies.series(live, figure, narrowed, every, start, end));
    }

    @GET
    @Path("/top/lowest-coverage-districts")
    @Transactional
    @Operation(operationId = "lowestCoverageDistricts", summary = "Districts with the lowest two-year training coverage")
    public Top<TrainingFigures.Coverage> lowestCoverage(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        int live = generations.live();
        return new Top<>(figures.asOf(live, "training"), training.coverageByDistrict(live, limit));
    }

    @GET
    @Path("/top/employers-with-most-disputes")
    @Transactional
    @Operation(operationId = "employersWithMostDisputes", summary = "Employers with the most disputes",
            description = "Rights problems reported about an employer and mediation cases naming it, by its unified "
                    + "social credit code; asOf is the later of the two programs' latest events.")
    public Top<Tallies.Ranked> mostDisputes(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        int live = generations.live();
        OffsetDateTime employment = figures.asOf(live, "employment");
        OffsetDateTime mediationAsOf = figures.asOf(live, "mediation");
        OffsetDateTime asOf = employment == null ? mediationAsOf
                : mediationAsOf == null || employment.isAfter(mediationAsOf) ? employment : mediationAsOf;
        return new Top<>(asOf, mediation.employersWithMostDisputes(live, limit));
    }

    @GET
    @Path("/top/overdue-work-orders")
    @Transactional
    @Operation(operationId = "overdueWorkOrders", summary = "Open 12351 work orders past an SLA deadline",
            description = "The longest overdue first (by the deadline breached first).")
    public Top<MediationFigures.OverdueOrder> overdue(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        int live = generations.live();
        return new Top<>(figures.asOf(live, "mediation"), mediation.overdue(live, limit));
    }
}
