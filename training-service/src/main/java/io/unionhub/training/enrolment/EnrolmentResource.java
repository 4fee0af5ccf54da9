package io.unionhub.training.enrolment;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

import io.quarkus.security.ForbiddenException;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.training.cadre.Cadre;
import io.unionhub.training.cadre.CadreService;

@Path("/api/training")
@Tag(name = "Enrolment", description = "Places in cohorts, the waitlist and cancellations")
public class EnrolmentResource {

    /** {@code cadreId} is for union staff; a cadre enrolling themselves leaves it out. */
    public record Enrol(UUID cadreId) {
    }

    public record EnrolmentView(UUID id, UUID cohortId, UUID cadreId, EnrolmentStatus status, long waitlistPosition,
            OffsetDateTime requestedAt) {
    }

    @Inject
    EnrolmentService enrolments;

    @Inject
    CadreService cadres;

    @Inject
    Caller caller;

    @POST
    @Path("/cohorts/{cohortId}/enrolments")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.CADRE })
    @Operation(operationId = "enrol", summary = "Enrol a cadre in a cohort (union staff), or oneself (a cadre)",
            description = "Confirmed while places remain, waitlisted in order beyond capacity.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "staff enrols a cadre",
            value = "{\"cadreId\": \"0f8e2a9c-3b1d-4e5f-8a7b-6c5d4e3f2a1b\"}")))
    @APIResponse(responseCode = "201", description = "Confirmed or waitlisted (see status)")
    @APIResponse(responseCode = "409", description = "Already enrolled here or in an overlapping cohort")
    @APIResponse(responseCode = "422", description = "Enrolment closed, or the cadre's role is not eligible")
    public Response enrol(@PathParam("cohortId") UUID cohortId, Enrol request) {
        UUID cadreId = request == null ? null : request.cadreId();
        if (!caller.hasAnyRole(Roles.UNION_STAFF)) {
            Cadre self = cadres.ofMember(caller.memberId());
            if (cadreId != null && !cadreId.equals(self.id)) {
                throw new ForbiddenException();
            }
            cadreId = self.id;
        } else if (cadreId == null) {
            throw ProblemException.missingField("cadreId");
        }
        EnrolmentService.Enrolled enrolled = enrolments.enrol(cohortId, cadreId);
        return Response.created(URI.create("/api/training/enrolments/" + enrolled.enrolment().id))
                .entity(view(enrolled.enrolment(), enrolled.waitlistPosition())).build();
    }

    @GET
    @Path("/cohorts/{cohortId}/enrolments")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS })
    @Operation(operationId = "listEnrolments", summary = "A cohort's enrolments, in queue order")
    public PageOf<EnrolmentView> list(@PathParam("cohortId") UUID cohortId, @QueryParam("status") EnrolmentStatus status,
            @BeanParam @Valid PageParams page) {
        PageOf<Enrolment> found = enrolments.ofCohort(cohortId, status, page);
        Map<UUID, Long> positions = enrolments.waitlistPositions(found.items());
        return found.map(enrolment -> view(enrolment, positions.getOrDefault(enrolment.id, 0L)));
    }

    @GET
    @Path("/enrolments/mine")
    @RolesAllowed(Roles.CADRE)
    @Operation(operationId = "listMyEnrolments", summary = "The calling cadre's enrolments, newest first",
            description = "404 when the caller is not a registered cadre.")
    public PageOf<EnrolmentView> mine(@BeanParam @Valid PageParams page) {
        PageOf<Enrolment> found = enrolments.ofCadre(cadres.ofMember(caller.memberId()).id, page);
        Map<UUID, Long> positions = enrolments.waitlistPositions(found.items());
        return found.map(enrolment -> view(enrolment, positions.getOrDefault(enrolment.id, 0L)));
    }

    @GET
    @Path("/enrolments/{id}")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS, Roles.CADRE })
    @Operation(operationId = "getEnrolment", summary = "One enrolment (a cadre sees only their own)")
    public EnrolmentView get(@PathParam("id") UUID id) {
        Enrolment enrolment = enrolments.find(id);
        caller.requireOwnerOrRole(cadres.find(enrolment.cadreId).memberId, Roles.UNION_STAFF, Roles.OPS);
        return view(enrolment);
    }

    @POST
    @Path("/enrolments/{id}/cancel")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.CADRE })
    @Operation(operationId = "cancelEnrolment", summary = "Cancel an enrolment; the first waitlisted moves up")
    public EnrolmentView cancel(@PathParam("id") UUID id) {
        Enrolment enrolment = enrolments.find(id);
        caller.requireOwnerOrRole(cadres.find(enrolment.cadreId).memberId, Roles.UNION_STAFF);
        return view(enrolments.cancel(id));
    }

    private EnrolmentView view(Enrolment enrolment) {
        return view(enrolment, enrolments.waitlistPosition(enrolment));
    }

    private static EnrolmentView view(Enrolment enrolment, long waitlistPosition) {
        return new EnrolmentView(enrolment.id, enrolment.cohortId, enrolment.cadreId, enrolment.status,
                waitlistPosition, enrolment.requestedAt);
    }
}
