package io.unionhub.matchmaking.interest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.matchmaking.interest.InterestService.Decision;
import io.unionhub.matchmaking.profile.Education;

@Path("/api/matchmaking")
@Tag(name = "Interest and matches", description = "Likes and passes, matches, blocks and reports")
@RolesAllowed(Roles.WORKER)
public class InterestResource {

    public record InterestInput(@NotNull UUID profileId, @NotNull Decision decision) {
    }

    /** Whether the like made a match (then its id). */
    public record InterestAnswer(boolean matched, UUID matchId) {
    }

    public record Other(@NotNull UUID profileId) {
    }

    /** The report's id, to quote to union staff. */
    public record ReportReceived(UUID reportId) {
    }

    public record ReportInput(@NotNull UUID profileId, @NotBlank @Size(max = 500) String reason) {
    }

    /** A match of mine: the other person and, now that it is mutual, their contact. */
    public record MatchView(UUID matchId, UUID profileId, int birthYear, String district, Education education,
            String occupation, String contact, OffsetDateTime formedAt) {
    }

    @Inject
    InterestService interest;

    @Inject
    Caller caller;

    @POST
    @Path("/interest")
    @Operation(operationId = "decideInterest", summary = "Like or pass on a recommended person",
            description = "Once per person; a like they return is a match. A hidden or unknown profile is a 404.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "like", value = """
            {"profileId": "7c1e3a5b-9d2f-4b6e-8a0c-1e3f5a7b9d2c", "decision": "LIKE"}""")))
    public InterestAnswer decide(@Valid @NotNull InterestInput input) {
        UUID match = interest.decide(caller.memberId(), input.profileId(), input.decision());
        return new InterestAnswer(match != null, match);
    }

    @GET
    @Path("/matches")
    @Operation(operationId = "myMatches", summary = "My matches that stand, with the other's contact")
    public List<MatchView> matches() {
        return interest.matches(caller.memberId()).stream().map(m -> new MatchView(m.matchId(), m.other().id,
                m.other().birthYear, m.other().district, m.other().education, m.other().occupation,
                m.other().contact, m.formedAt())).toList();
    }

    @POST
    @Path("/blocks")
    @Operation(operationId = "blockProfile", summary = "Block someone: ends a match, hides each from the other")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "block", value = """
            {"profileId": "7c1e3a5b-9d2f-4b6e-8a0c-1e3f5a7b9d2c"}""")))
    public Response block(@Valid @NotNull Other other) {
        interest.block(caller.memberId(), other.profileId());
        return Response.noContent().build();
    }

    /** A report as union staff read it: who reported whom (profile ids), why, when. */
    public record ReportView(UUID reportId, UUID reporterProfileId, UUID reportedProfileId, String reason,
            OffsetDateTime reportedAt) {
    }

    @GET
    @Path("/reports")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "listReports", summary = "Reports for union staff to follow up, newest first")
    public PageOf<ReportView> reports(@BeanParam @Valid PageParams page) {
        return PageOf.of(Report.findAll(Sort.by("reportedAt", Sort.Direction.Descending).and("id")), page,
                (Report r) -> new ReportView(r.id, r.reporterId, r.reportedId, r.reason, r.reportedAt));
    }

    @POST
    @Path("/reports")
    @Operation(operationId = "reportProfile", summary = "Report someone to union staff (the reason is encrypted)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "harassment", value = """
            {"profileId": "7c1e3a5b-9d2f-4b6e-8a0c-1e3f5a7b9d2c", "reason": "多次发送骚扰信息"}""")))
    public Response report(@Valid @NotNull ReportInput input) {
        Report report = interest.report(caller.memberId(), input.profileId(), input.reason());
        return Response.status(Response.Status.CREATED).entity(new ReportReceived(report.id)).build();
    }
}
