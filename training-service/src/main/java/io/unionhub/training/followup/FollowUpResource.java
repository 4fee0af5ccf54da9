package io.unionhub.training.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Roles;

@Path("/api/training")
@Tag(name = "Follow-up visits", description = "How trained cadres apply what they learned")
@RolesAllowed(Roles.UNION_STAFF)
public class FollowUpResource {

    public record RecordVisit(@NotNull FollowUpOutcome outcome, @Size(max = 4000) String notes, LocalDate visitedOn) {
    }

    public record FollowUpView(UUID id, UUID cadreId, UUID completionId, LocalDate dueOn, FollowUpOutcome outcome,
            String notes, LocalDate visitedOn) {
        static FollowUpView of(FollowUpVisit visit) {
            return new FollowUpView(visit.id, visit.cadreId, visit.completionId, visit.dueOn, visit.outcome,
                    visit.notes, visit.visitedOn);
        }
    }

    @Inject
    FollowUpService followUps;

    @GET
    @Path("/follow-ups/due")
    @Operation(operationId = "dueFollowUps", summary = "Visits due now and not yet recorded, oldest first")
    public PageOf<FollowUpView> due(@BeanParam @Valid PageParams page) {
        return followUps.due(page).map(FollowUpView::of);
    }

    @GET
    @Path("/cadres/{cadreId}/follow-ups")
    @Operation(operationId = "cadreFollowUps", summary = "A cadre's follow-up visits")
    public List<FollowUpView> ofCadre(@PathParam("cadreId") UUID cadreId) {
        return followUps.ofCadre(cadreId).stream().map(FollowUpView::of).toList();
    }

    @POST
    @Path("/follow-ups/{id}/record")
    @Operation(operationId = "recordFollowUp", summary = "Record a visit's outcome (applied / partly / not yet)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "applied", value = """
            {"outcome": "APPLIED", "notes": "Set up a safety team in the workshop", "visitedOn": "2027-04-10"}""")))
    public FollowUpView record(@PathParam("id") UUID id, @Valid @NotNull RecordVisit request) {
        return FollowUpView.of(followUps.record(id, request.outcome(), request.notes(), request.visitedOn()));
    }
}
