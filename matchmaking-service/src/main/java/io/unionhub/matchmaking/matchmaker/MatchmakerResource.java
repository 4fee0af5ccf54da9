package io.unionhub.matchmaking.matchmaker;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Roles;
import io.unionhub.kit.security.TokenClaimsCheck;
import io.unionhub.matchmaking.profile.ProfileResource;

@Path("/api/matchmaking/matchmakers")
@Tag(name = "Matchmakers", description = "The volunteer matchmakers and the workers assigned to them")
@RolesAllowed(Roles.UNION_STAFF)
public class MatchmakerResource {

    private static final String MEMBER_ID = TokenClaimsCheck.MEMBER_ID_PATTERN;
    private static final String MEMBER_ID_MESSAGE = TokenClaimsCheck.MEMBER_ID_MESSAGE;

    public record MatchmakerInput(@NotBlank @Size(max = 100) String displayName,
            @NotNull @Pattern(regexp = ProfileResource.ITEM, message = ProfileResource.ITEM_MESSAGE) String district) {
    }

    public record MatchmakerView(String memberId, String displayName, String district, OffsetDateTime registeredAt) {
        static MatchmakerView of(Matchmaker m) {
            return new MatchmakerView(m.memberId, m.displayName, m.district, m.registeredAt);
        }
    }

    /** A worker waiting for a matchmaker: no name, only what an assignment by district and age needs. */
    public record WaitingWorker(UUID profileId, String district, int birthYear, OffsetDateTime waitingSince) {
    }

    public record AssignmentView(UUID profileId, String matchmakerId, OffsetDateTime assignedAt) {
    }

    @Inject
    MatchmakerService matchmakers;

    @PUT
    @Path("/{memberId}")
    @Operation(operationId = "saveMatchmaker", summary = "Register a matchmaker (their token subject), or update one",
            description = "A retired matchmaker registered again is active again.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a matchmaker", value = """
            {"displayName": "红娘 周阿姨", "district": "海西区"}""")))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = MatchmakerView.class)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = MatchmakerView.class)))
    public Response save(@PathParam("memberId") @Pattern(regexp = MEMBER_ID, message = MEMBER_ID_MESSAGE) String memberId,
            @Valid @NotNull MatchmakerInput input) {
        boolean created = matchmakers.register(memberId, input.displayName(), input.district());
        MatchmakerView view = MatchmakerView.of(Matchmaker.findById(memberId));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }

    @DELETE
    @Path("/{memberId}")
    @Operation(operationId = "retireMatchmaker", summary = "Retire a matchmaker: their workers wait for another")
    @APIResponse(responseCode = "204", description = "Retired")
    public void retire(@PathParam("memberId") @Pattern(regexp = MEMBER_ID, message = MEMBER_ID_MESSAGE) String memberId) {
        matchmakers.retire(memberId);
    }

    @GET
    @Operation(operationId = "listMatchmakers", summary = "The active matchmakers, by district")
    public PageOf<MatchmakerView> roster(@BeanParam @Valid PageParams page) {
        return PageOf.of(matchmakers.roster(), page, MatchmakerView::of);
    }

    @GET
    @Path("/waiting-workers")
    @Operation(operationId = "workersWaitingForAMatchmaker",
            summary = "Workers who consent to sharing with a matchmaker and have none yet, longest waiting first")
    public PageOf<WaitingWorker> waiting(@BeanParam @Valid PageParams page) {
        return PageOf.of(matchmakers.unassigned(), page,
                p -> new WaitingWorker(p.id, p.district, p.birthYear, p.updatedAt));
    }

    @PUT
    @Path("/{memberId}/workers/{profileId}")
    @Operation(operationId = "assignWorker", summary = "Assign a worker to a matchmaker (replacing their matchmaker)",
            description = "Only a worker who consents to sharing with a matchmaker (422 otherwise).")
    public AssignmentView assign(
            @PathParam("memberId") @Pattern(regexp = MEMBER_ID, message = MEMBER_ID_MESSAGE) String memberId,
            @PathParam("profileId") UUID profileId) {
        Assignment assignment = matchmakers.assign(memberId, profileId);
        return new AssignmentView(assignment.profileId, assignment.matchmakerId, assignment.assignedAt);
    }
}
