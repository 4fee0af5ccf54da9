package io.unionhub.matchmaking.mixer;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Roles;
import io.unionhub.matchmaking.mixer.MixerService.Count;
import io.unionhub.matchmaking.mixer.MixerService.PickCounts;
import io.unionhub.matchmaking.mixer.MixerService.Plan;
import io.unionhub.matchmaking.mixer.MixerService.VenuePlan;
import io.unionhub.matchmaking.profile.ProfileResource;

@Path("/api/matchmaking/mixers")
@Tag(name = "Mixers", description = "Mixers the union organises: venues, seats per gender, sign-ups, picks, pairs")
@RolesAllowed({ Roles.WORKER, Roles.UNION_STAFF })
public class MixerResource {

    public record VenueInput(@NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = ProfileResource.ITEM, message = ProfileResource.ITEM_MESSAGE) String district,
            @NotNull Boolean main, @NotNull @Min(0) @Max(5000) Integer maleSeats,
            @NotNull @Min(0) @Max(5000) Integer femaleSeats) {
    }

    public record MixerInput(@NotBlank @Size(max = 200) String title, @NotNull Theme theme,
            @NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
            @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull VenueInput> venues) {
    }

    public record VenueView(UUID venueId, String name, String district, boolean main, int maleSeats,
            int femaleSeats, int maleSeatsLeft, int femaleSeatsLeft) {
    }

    public record MixerView(UUID mixerId, String title, Theme theme, OffsetDateTime startsAt,
            OffsetDateTime endsAt, Mixer.Status status, List<VenueView> venues) {
    }

    /** A mixer without its venues, for lists. */
    public record MixerSummary(UUID mixerId, String title, Theme theme, OffsetDateTime startsAt,
            OffsetDateTime endsAt, Mixer.Status status) {
        static MixerSummary of(Mixer m) {
            return new MixerSummary(m.id, m.title, m.theme, m.startsAt, m.endsAt, m.status);
        }
    }

    public record GenderFigures(int seats, int confirmed, int waitlisted, int attended) {
    }

    public record VenueFigures(UUID venueId, String name, boolean main, GenderFigures men, GenderFigures women) {
    }

    /** Sign-ups, attendance and pairs; {@code pairs} is the matches the close formed, null before it. */
    public record MixerFigures(UUID mixerId, Mixer.Status status, int confirmed, int waitlisted, int attended,
            int picks, int mutualPicks, Integer pairs, List<VenueFigures> venues) {
    }

    @Inject
    MixerService mixers;

    @POST
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "publishMixer", summary = "Publish a mixer with its venues and seats per gender",
            description = "One main venue, and district venues if any; starting in the future and lasting a week "
                    + "at most. Sign-ups open at once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a Qixi fair", value = """
            {"title": "七夕职工联谊会", "theme": "FESTIVAL", "startsAt": "2027-08-14T14:00:00+08:00",
             "endsAt": "2027-08-14T18:00:00+08:00",
             "venues": [{"name": "市工人文化宫", "district": "海西区", "main": true, "maleSeats": 300, "femaleSeats": 300},
                        {"name": "滨海区职工之家", "district": "滨海区", "main": false, "maleSeats": 40, "femaleSeats": 40}]}""")))
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = MixerView.class)))
    public Response publish(@Valid @NotNull MixerInput input) {
        Mixer mixer = mixers.publish(new Plan(input.title(), input.theme(), input.startsAt(), input.endsAt(),
                input.venues().stream().map(v -> new VenuePlan(v.name(), v.district(), v.main(), v.maleSeats(),
                        v.femaleSeats())).toList()));
        return Response.created(URI.create("/api/matchmaking/mixers/" + mixer.id)).entity(view(mixer)).build();
    }

    @GET
    @Operation(operationId = "listMixers", summary = "Mixers, the latest start first; OPEN ones take sign-ups")
    public PageOf<MixerSummary> list(@QueryParam("status") Mixer.Status status, @BeanParam @Valid PageParams page) {
        return PageOf.of(mixers.list(status), page, MixerSummary::of);
    }

    @GET
    @Path("/{mixerId}")
    @Operation(operationId = "getMixer", summary = "A mixer, its venues and the seats left per gender")
    public MixerView get(@PathParam("mixerId") UUID mixerId) {
        return view(mixers.get(mixerId));
    }

    @POST
    @Path("/{mixerId}/close")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "closeMixer", summary = "Close a mixer that has started: mutual picks become matches",
            description = "Skips a pair matched before, a pair where one blocked the other, and anyone no longer "
                    + "taking part in matching. Picks end; the figures keep the counts.")
    public MixerFigures close(@PathParam("mixerId") UUID mixerId) {
        mixers.close(mixerId);
        return figures(mixerId);
    }

    @GET
    @Path("/{mixerId}/figures")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "mixerFigures", summary = "Sign-ups, waitlists, attendance, picks and pairs, per venue")
    public MixerFigures figures(@PathParam("mixerId") UUID mixerId) {
        Mixer mixer = mixers.get(mixerId);
        List<Count> counts = mixers.counts(mixerId);
        PickCounts picks = mixers.picks(mixer);
        List<VenueFigures> venues = mixers.venues(mixerId).stream().map(v -> new VenueFigures(v.id, v.name, v.main,
                genderFigures(counts, v, "MALE", v.maleSeats), genderFigures(counts, v, "FEMALE", v.femaleSeats)))
                .toList();
        return new MixerFigures(mixer.id, mixer.status, sum(counts, "CONFIRMED", false),
                sum(counts, "WAITLISTED", false), sum(counts, "CONFIRMED", true), picks.picks(), picks.mutualPairs(),
                mixer.pairs, venues);
    }

    private static GenderFigures genderFigures(List<Count> counts, Venue venue, String gender, int seats) {
        List<Count> mine = counts.stream().filter(c -> c.venueId().equals(venue.id) && c.gender().equals(gender))
                .toList();
        return new GenderFigures(seats, sum(mine, "CONFIRMED", false), sum(mine, "WAITLISTED", false),
                sum(mine, "CONFIRMED", true));
    }

    private static int sum(List<Count> counts, String status, boolean checkedIn) {
        return counts.stream().filter(c -> c.status().equals(status))
                .mapToInt(c -> checkedIn ? c.checkedIn() : c.registrations()).sum();
    }

    private MixerView view(Mixer mixer) {
        List<Count> counts = mixers.counts(mixer.id);
        return new MixerView(mixer.id, mixer.title, mixer.theme, mixer.startsAt, mixer.endsAt, mixer.status,
                mixers.venues(mixer.id).stream().map(v -> new VenueView(v.id, v.name, v.district, v.main,
                        v.maleSeats, v.femaleSeats,
                        v.maleSeats - genderFigures(counts, v, "MALE", v.maleSeats).confirmed(),
                        v.femaleSeats - genderFigures(counts, v, "FEMALE", v.femaleSeats).confirmed())).toList());
    }
}
