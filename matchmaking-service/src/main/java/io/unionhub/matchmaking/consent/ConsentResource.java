package io.unionhub.matchmaking.consent;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.matchmaking.profile.Profile;
import io.unionhub.matchmaking.profile.ProfileService;

@Path("/api/matchmaking/profiles/me/consents")
@Tag(name = "Consents", description = "Each consent given, shown and withdrawn on its own")
@RolesAllowed(Roles.WORKER)
public class ConsentResource {

    /** Each purpose, whether consented to now, and the history of every change. */
    public record Consents(List<ConsentState> current, List<ConsentChange> history) {
    }

    public record ConsentState(Purpose purpose, boolean given) {
    }

    public record ConsentChange(Purpose purpose, boolean given, OffsetDateTime at) {
    }

    @Inject
    ConsentService consents;

    @Inject
    ProfileService profiles;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "myConsents", summary = "My consents now, and every change with its time")
    public Consents mine() {
        return view(profiles.mine(caller.memberId()));
    }

    @PUT
    @Path("/{purpose}")
    @Operation(operationId = "giveConsent", summary = "Give a consent (again: no change)",
            description = "REGISTRY_CHECK queues the check of a profile not verified.")
    public Consents give(@PathParam("purpose") Purpose purpose) {
        return view(consents.give(caller.memberId(), purpose));
    }

    @DELETE
    @Path("/{purpose}")
    @Operation(operationId = "withdrawConsent", summary = "Withdraw a consent (not given: no change)",
            description = "MATCHING hides the profile from everyone at once; REGISTRY_CHECK cancels a pending check.")
    public Consents withdraw(@PathParam("purpose") Purpose purpose) {
        return view(consents.withdraw(caller.memberId(), purpose));
    }

    private Consents view(Profile profile) {
        List<ConsentState> current = Arrays.stream(Purpose.values())
                .map(purpose -> new ConsentState(purpose, profile.consents(purpose))).toList();
        List<ConsentChange> history = consents.history(profile.memberId).stream()
                .map(change -> new ConsentChange(change.purpose, change.given, change.at)).toList();
        return new Consents(current, history);
    }
}
