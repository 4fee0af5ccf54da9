package io.unionhub.ops.projection;

import java.net.URI;
import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.security.Roles;
import io.unionhub.ops.projection.Generation.State;

@Path("/api/ops/rebuilds")
@Tag(name = "Rebuilds", description = "The projections replayed from the topics while the live ones keep answering")
public class RebuildResource {

    /** A rebuild: the generation it fills, how far it got, and how it ended. */
    public record RebuildView(int id, State state, OffsetDateTime startedAt, OffsetDateTime finishedAt, long events,
            String failure) {

        static RebuildView of(Generation generation) {
            return new RebuildView(generation.id, generation.state, generation.startedAt, generation.finishedAt,
                    generation.events, generation.failure);
        }
    }

    @Inject
    Rebuild rebuild;

    @Inject
    Generations generations;

    @POST
    @RolesAllowed({ Roles.OPS, Roles.ADMIN })
    @Operation(operationId = "startRebuild", summary = "Rebuild the projections from the topics' first records",
            description = "Answers at once (202) with the rebuild to follow. The live figures keep answering until the "
                    + "rebuilt ones have caught up and replace them. One at a time (409 while one runs).")
    @APIResponse(responseCode = "202", description = "Started; follow it at the Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RebuildView.class)))
    public Response start(@Context UriInfo uri) {
        Generation started = rebuild.start();
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(started.id)).build();
        return Response.accepted(RebuildView.of(started)).location(location).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({ Roles.OPS, Roles.UNION_STAFF, Roles.ADMIN })
    @Operation(operationId = "getRebuild", summary = "A rebuild: BUILDING, then LIVE (or FAILED), later RETIRED")
    public RebuildView get(@PathParam("id") int id) {
        return RebuildView.of(generations.find(id));
    }
}
