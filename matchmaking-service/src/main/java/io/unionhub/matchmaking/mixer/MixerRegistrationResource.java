package io.unionhub.matchmaking.mixer;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.matchmaking.profile.Education;
import io.unionhub.matchmaking.profile.Gender;

@Path("/api/matchmaking/mixers/{mixerId}")
@Tag(name = "Mixers", description = "Mixers the union organises: venues, seats per gender, sign-ups, picks, pairs")
public class MixerRegistrationResource {

    public record SignUp(@NotNull UUID venueId) {
    }

    /** A sign-up: its id is what the worker shows at check-in. */
    public record RegistrationView(UUID registrationId, UUID mixerId, UUID venueId, Registration.Status status,
            Long waitlistPosition, OffsetDateTime checkedInAt) {
    }

    /** What staff see of a sign-up: no name; the id the participant shows at the door. */
    public record StaffRegistrationView(UUID registrationId, UUID venueId, UUID profileId, Gender gender,
            Registration.Status status, OffsetDateTime checkedInAt) {
    }

    /** Someone checked in at my venue, as a participant sees them at the mixer. */
    public record Participant(UUID profileId, int age, String district, Education education, String occupation) {
    }

    public record Picks(@NotNull @Size(max = 10) List<@NotNull UUID> profileIds) {
    }

    @Inject
    RegistrationService registrations;

    @Inject
    PickService picks;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @Path("/registrations")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "signUpForMixer", summary = "Sign up at a venue: confirmed, or waitlisted for my gender",
            description = "A verified single worker (422 otherwise), once per mixer (409), until it starts (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "main venue", value = """
            {"venueId": "5d7f9b1c-3e5a-4c7e-9a1b-3c5e7a9b1d3f"}""")))
    @APIResponse(responseCode = "201", description = "Confirmed or waitlisted",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response signUp(@PathParam("mixerId") UUID mixerId, @Valid @NotNull SignUp signUp) {
        Registration registration = registrations.register(caller.memberId(), mixerId, signUp.venueId());
        return Response.created(URI.create("/api/matchmaking/mixers/" + mixerId + "/registrations/me"))
                .entity(view(registration)).build();
    }

    @GET
    @Path("/registrations/me")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "mySignUp", summary = "My sign-up, with my place on the waitlist")
    public RegistrationView mine(@PathParam("mixerId") UUID mixerId) {
        return view(registrations.mine(caller.memberId(), mixerId));
    }

    @DELETE
    @Path("/registrations/me")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "cancelMySignUp", summary = "Cancel my sign-up before the start",
            description = "A confirmed seat goes to the first waiting of the same gender at the venue.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public void cancel(@PathParam("mixerId") UUID mixerId) {
        registrations.cancel(caller.memberId(), mixerId);
    }

    @GET
    @Path("/registrations")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "mixerSignUps", summary = "The sign-ups, in arrival order")
    public PageOf<StaffRegistrationView> ofMixer(@PathParam("mixerId") UUID mixerId,
            @BeanParam @Valid PageParams page) {
        return PageOf.of(registrations.ofMixer(mixerId), page, r -> new StaffRegistrationView(r.id, r.venueId,
                r.profileId, r.gender, r.status, r.checkedInAt));
    }

    @POST
    @Path("/registrations/{registrationId}/check-in")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "checkInAtMixer", summary = "Check a confirmed participant in",
            description = "From two hours before the start until the end (409 otherwise); again changes nothing.")
    public RegistrationView checkIn(@PathParam("mixerId") UUID mixerId,
            @PathParam("registrationId") UUID registrationId) {
        return view(registrations.checkIn(mixerId, registrationId));
    }

    @GET
    @Path("/participants")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "mixerParticipants", summary = "The people I may pick: checked in at my venue",
            description = "For a participant checked in, once the mixer has started (409 otherwise).")
    public List<Participant> participants(@PathParam("mixerId") UUID mixerId) {
        LocalDate today = LocalDate.now(clock);
        return picks.participants(caller.memberId(), mixerId).stream().map(p -> new Participant(p.id,
                today.getYear() - p.birthYear, p.district, p.education, p.occupation)).toList();
    }

    @PUT
    @Path("/picks")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "pickAtMixer", summary = "The people I liked at the mixer (replacing my picks)",
            description = "Up to 10 participants checked in at my venue, until the mixer is closed. A pick returned "
                    + "becomes a match at the close.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two picks", value = """
            {"profileIds": ["7c1e3a5b-9d2f-4b6e-8a0c-1e3f5a7b9d2c", "2b4d6f8a-1c3e-4a5b-9d7f-0e2a4c6b8d1f"]}""")))
    public Picks pick(@PathParam("mixerId") UUID mixerId, @Valid @NotNull Picks input) {
        return new Picks(picks.pick(caller.memberId(), mixerId, input.profileIds()));
    }

    @GET
    @Path("/picks")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "myPicksAtMixer", summary = "My picks at the mixer")
    public Picks myPicks(@PathParam("mixerId") UUID mixerId) {
        return new Picks(picks.mine(caller.memberId(), mixerId));
    }

    private RegistrationView view(Registration r) {
        return new RegistrationView(r.id, r.mixerId, r.venueId, r.status, registrations.waitlistPosition(r),
                r.checkedInAt);
    }
}
