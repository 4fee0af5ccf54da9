package io.unionhub.training.track;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.security.Roles;
import io.unionhub.training.cadre.CadreRole;
import io.unionhub.training.track.TrackService.TrackChanges;

@Path("/api/training/tracks")
@Tag(name = "Tracks", description = "The 2-day and 3-day courses of the 2+3 model, as data")
public class TrackResource {

    public record UpdateTrack(@NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(30) Integer days,
            @NotEmpty Set<@NotNull CadreRole> eligibleRoles, @NotNull Set<@NotNull CadreRole> requiredForRoles,
            @NotEmpty List<@NotBlank @Size(max = 200) String> coreModules) {
    }

    public record TrackView(UUID id, String code, String name, int days, Set<CadreRole> eligibleRoles,
            Set<CadreRole> requiredForRoles, List<String> coreModules) {

        static TrackView of(Track track) {
            // roles in their declared order, whatever order the JSON column kept
            return new TrackView(track.id, track.code, track.name, track.days, new TreeSet<>(track.eligibleRoles),
                    new TreeSet<>(track.requiredForRoles), track.coreModules);
        }
    }

    @Inject
    TrackService tracks;

    @GET
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS, Roles.CADRE })
    @Operation(operationId = "listTracks", summary = "The tracks (seeded with the 2+3 defaults)")
    public List<TrackView> list() {
        return tracks.all().stream().map(TrackView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS, Roles.CADRE })
    @Operation(operationId = "getTrack", summary = "One track")
    public TrackView get(@PathParam("id") UUID id) {
        return TrackView.of(tracks.find(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "updateTrack", summary = "Edit a track: name, days, eligible and required roles, modules")
    public TrackView update(@PathParam("id") UUID id, @Valid @NotNull UpdateTrack request) {
        return TrackView.of(tracks.update(id, new TrackChanges(request.name(), request.days(), request.eligibleRoles(),
                request.requiredForRoles(), request.coreModules())));
    }
}
