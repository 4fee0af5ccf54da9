package io.unionhub.training.cohort;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Roles;
import io.unionhub.training.cohort.CohortService.NewCohort;

// the root every training resource shares: nested paths (/cohorts/{id}/...) live in their own features
@Path("/api/training")
@Tag(name = "Cohorts", description = "Scheduled runs of a track")
public class CohortResource {

    public record ScheduleCohort(@NotNull UUID trackId, @NotNull LocalDate startsOn,
            @NotBlank @Size(max = 200) String venue, @NotNull @Min(1) @Max(2000) Integer capacity,
            List<@NotBlank @Size(max = 200) String> coreModules) {
    }

    public record CohortView(UUID id, UUID trackId, LocalDate startsOn, LocalDate endsOn, String venue, int capacity,
            List<String> coreModules, List<ExtensionModule> extensionModules, boolean enrolmentOpen) {

        public static CohortView of(Cohort cohort) {
            return new CohortView(cohort.id, cohort.trackId, cohort.startsOn, cohort.endsOn, cohort.venue,
                    cohort.capacity, cohort.coreModules, cohort.extensionModules, cohort.enrolmentOpen);
        }
    }

    @Inject
    CohortService cohorts;

    @POST
    @Path("/cohorts")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "scheduleCohort", summary = "Schedule a cohort of a track",
            description = "Enrolment opens at once. The end date follows from the track's days; the core modules "
                    + "default to the track's.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "2-day cohort", value = """
            {"trackId": "2f0c6a4e-1d2b-4c3a-9e1f-000000000002", "startsOn": "2027-03-02",
             "venue": "City Workers' Cultural Palace", "capacity": 60}""")))
    @APIResponse(responseCode = "201", description = "Scheduled")
    @APIResponse(responseCode = "422", description = "The start date is in the past")
    public Response schedule(@Valid @NotNull ScheduleCohort request) {
        Cohort cohort = cohorts.schedule(new NewCohort(request.trackId(), request.startsOn(), request.venue(),
                request.capacity(), request.coreModules()));
        return Response.created(URI.create("/api/training/cohorts/" + cohort.id)).entity(CohortView.of(cohort))
                .build();
    }

    @GET
    @Path("/cohorts")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS, Roles.CADRE })
    @Operation(operationId = "listCohorts", summary = "Cohorts by track, start date and open enrolment")
    public PageOf<CohortView> list(@QueryParam("trackId") UUID trackId, @QueryParam("from") LocalDate from,
            @QueryParam("enrolmentOpen") Boolean open, @BeanParam @Valid PageParams page) {
        return cohorts.list(trackId, from, open, page).map(CohortView::of);
    }

    @GET
    @Path("/cohorts/{id}")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS, Roles.CADRE })
    @Operation(operationId = "getCohort", summary = "One cohort")
    public CohortView get(@PathParam("id") UUID id) {
        return CohortView.of(cohorts.find(id));
    }

    @POST
    @Path("/cohorts/{id}/close-enrolment")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "closeEnrolment", summary = "Close the cohort's enrolment (and its needs survey)")
    public CohortView closeEnrolment(@PathParam("id") UUID id) {
        return CohortView.of(cohorts.setEnrolmentOpen(id, false));
    }

    @POST
    @Path("/cohorts/{id}/open-enrolment")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "openEnrolment", summary = "Reopen the cohort's enrolment before it starts")
    public CohortView openEnrolment(@PathParam("id") UUID id) {
        return CohortView.of(cohorts.setEnrolmentOpen(id, true));
    }
}
