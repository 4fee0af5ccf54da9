package io.unionhub.matchmaking.introduction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.matchmaking.introduction.Introduction.Reply;
import io.unionhub.matchmaking.introduction.Introduction.Status;
import io.unionhub.matchmaking.interest.InterestService;
import io.unionhub.matchmaking.profile.Education;
import io.unionhub.matchmaking.profile.Profile;
import io.unionhub.matchmaking.profile.ProfileService;

@Path("/api/matchmaking/introductions")
@Tag(name = "Introductions", description = "One-to-one introductions proposed by a matchmaker, accepted by both")
public class IntroductionResource {

    public record Proposal(@NotNull UUID firstProfileId, @NotNull UUID secondProfileId) {
    }

    public record AnswerInput(@NotNull Boolean accept) {
    }

    /** What the matchmaker follows: the two, their answers and where it stands. */
    public record ProposedView(UUID introductionId, UUID firstProfileId, UUID secondProfileId, Reply firstAnswer,
            Reply secondAnswer, Status status, OffsetDateTime proposedAt, OffsetDateTime decidedAt) {
        static ProposedView of(Introduction i) {
            return new ProposedView(i.id, i.firstId, i.secondId, i.firstAnswer, i.secondAnswer, i.status,
                    i.proposedAt, i.decidedAt);
        }
    }

    /**
     * What a worker sees: the person proposed (as a recommendation shows them) while the introduction is open and
     * they may still be shown to me; else their id only. My answer, and where it stands.
     */
    public record MyIntroduction(UUID introductionId, UUID profileId, Integer age, String district,
            Education education, Integer heightCm, String occupation, String selfText, Reply myAnswer, Status status,
            OffsetDateTime proposedAt) {
        static MyIntroduction of(Introduction i, UUID me, LocalDate today, boolean blocked) {
            Profile other = Profile.findById(i.other(me));
            if (i.status != Status.PROPOSED || blocked || !other.recommendable(today) || !other.sharingConsent) {
                return new MyIntroduction(i.id, other.id, null, null, null, null, null, null, i.answerOf(me),
                        i.status, i.proposedAt);
            }
            return new MyIntroduction(i.id, other.id, today.getYear() - other.birthYear, other.district,
                    other.education, other.heightCm, other.occupation, other.selfText, i.answerOf(me), i.status,
                    i.proposedAt);
        }
    }

    @Inject
    IntroductionService introductions;

    @Inject
    ProfileService profiles;

    @Inject
    InterestService interest;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.MATCHMAKER)
    @Operation(operationId = "proposeIntroduction", summary = "Introduce two workers assigned to me",
            description = "A man and a woman, both verified single, consenting to matching, to being shown and to "
                    + "sharing, in no couple, neither blocking the other and not matched already (422 otherwise); "
                    + "one open introduction per pair (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two workers", value = """
            {"firstProfileId": "7c1e3a5b-9d2f-4b6e-8a0c-1e3f5a7b9d2c",
             "secondProfileId": "2b4d6f8a-1c3e-4a5b-9d7f-0e2a4c6b8d1f"}""")))
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(schema = @Schema(implementation = ProposedView.class)))
    public Response propose(@Valid @NotNull Proposal proposal) {
        Introduction introduction = introductions.propose(caller.memberId(), proposal.firstProfileId(),
                proposal.secondProfileId());
        return Response.status(Response.Status.CREATED).entity(ProposedView.of(introduction)).build();
    }

    @GET
    @Path("/proposed")
    @RolesAllowed(Roles.MATCHMAKER)
    @Operation(operationId = "myProposedIntroductions", summary = "The introductions I proposed, newest first")
    public List<ProposedView> proposed() {
        return introductions.proposedBy(caller.memberId()).stream().map(ProposedView::of).toList();
    }

    @GET
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "myIntroductions", summary = "The introductions proposed to me, open ones first")
    public List<MyIntroduction> mine() {
        Profile me = profiles.mine(caller.memberId());
        LocalDate today = LocalDate.now(clock);
        return introductions.mine(caller.memberId()).stream()
                .map(i -> MyIntroduction.of(i, me.id, today, interest.blocked(me.id, i.other(me.id)))).toList();
    }

    @POST
    @Path("/{introductionId}/answer")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "answerIntroduction", summary = "Accept or decline an introduction",
            description = "Both accepting is a match (then each sees the other's contact under /matches), or LAPSED "
                    + "if one can no longer be introduced by then; one refusal ends the introduction. Once per "
                    + "worker (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "accept", value = """
            {"accept": true}""")))
    public MyIntroduction answer(@PathParam("introductionId") UUID introductionId, @Valid @NotNull AnswerInput input) {
        Introduction i = introductions.answer(caller.memberId(), introductionId, input.accept());
        UUID me = profiles.mine(caller.memberId()).id;
        return MyIntroduction.of(i, me, LocalDate.now(clock), interest.blocked(me, i.other(me)));
    }
}
