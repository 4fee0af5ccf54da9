package io.unionhub.mediation.figures;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.security.Roles;
import io.unionhub.mediation.figures.Figures.HotlineFigures;
import io.unionhub.mediation.figures.Figures.Period;
import io.unionhub.mediation.workorder.Category;

@Path("/api/mediation/figures")
@Tag(name = "Figures", description = "The hotline's figures (received, closed, closure and on-time rates, times, "
        + "satisfaction) and the mediation cases' (agreements, lapses, pay recovered)")
public class FiguresResource {

    /** The longest period one call covers, in years (both end days included). */
    static final int MAX_YEARS = 10;

    @Inject
    Figures figures;

    @GET
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS })
    @Operation(operationId = "hotlineFigures", summary = "The hotline's figures for orders received in a period",
            description = "Dates are days in the federation's zone, both included; a centre and a category narrow it.")
    public HotlineFigures get(@QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to,
            @QueryParam("centreId") UUID centreId, @QueryParam("category") Category category) {
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "figures.to-before-from");
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw ProblemException.invalidField("to", "figures.period-too-long");
        }
        return figures.of(new Period(from, to, centreId, category));
    }
}
