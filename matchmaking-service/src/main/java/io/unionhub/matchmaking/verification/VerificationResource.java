package io.unionhub.matchmaking.verification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.matchmaking.config.MatchmakingConfig;
import io.unionhub.matchmaking.verification.RegistryCheck.Outcome;
import io.unionhub.matchmaking.verification.VerificationService.PendingCheck;

@Path("/api/matchmaking/verifications")
@Tag(name = "Verification", description = "The civil-affairs office's registry checks")
@RolesAllowed({ Roles.PARTNER, Roles.UNION_STAFF })
public class VerificationResource {

    /** The office's answer: SINGLE with the day the registry showed it, or NOT_SINGLE (no date). */
    public record Answer(@NotNull Outcome outcome, LocalDate singleOn) {
    }

    public record AnswerView(UUID checkId, Outcome outcome, LocalDate singleOn, OffsetDateTime answeredAt) {
    }

    @Inject
    VerificationService verifications;

    @Inject
    MatchmakingConfig config;

    @Inject
    Caller caller;

    @GET
    @Path("/pending")
    @Operation(operationId = "pendingRegistryChecks", summary = "The checks waiting, oldest first",
            description = "Only what the check needs: the legal name and the ID number, for a civil-affairs "
                    + "office (a partner listed in unionhub.matchmaking.civil-affairs-partners); masked for union "
                    + "staff, who follow the queue.")
    public PageOf<PendingCheck> pending(@BeanParam @Valid PageParams page) {
        // union staff see the queue masked, also with a partner role besides; a partner only as a listed office
        boolean office = civilAffairs();
        if (!office && !caller.hasAnyRole(Roles.UNION_STAFF)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "verification.not-civil-affairs");
        }
        return verifications.pending(page, office);
    }

    /** Partners are courts, employers and civil-affairs offices: only the last read and answer registry checks. */
    private boolean civilAffairs() {
        return caller.hasAnyRole(Roles.PARTNER)
                && config.civilAffairsPartners().orElse(List.of()).contains(caller.memberId());
    }

    private void requireCivilAffairs() {
        if (!civilAffairs()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "verification.not-civil-affairs");
        }
    }

    @POST
    @Path("/{checkId}/answer")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "answerRegistryCheck", summary = "Answer a check: single on a day, or not single",
            description = "Only the outcome and its day are kept, never the registry record. A SINGLE answer holds "
                    + "for six months (unionhub.matchmaking.verification-valid-months).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "single", value = """
            {"outcome": "SINGLE", "singleOn": "2026-11-27"}""")))
    public AnswerView answer(@PathParam("checkId") UUID checkId, @Valid @NotNull Answer answer) {
        requireCivilAffairs();
        if (answer.outcome() == Outcome.CANCELLED) {
            throw ProblemException.invalidField("outcome", "verification.outcome");
        }
        RegistryCheck check = verifications.answer(checkId, answer.outcome(), answer.singleOn(), caller.memberId());
        return new AnswerView(check.id, check.outcome, check.singleOn, check.answeredAt);
    }
}
