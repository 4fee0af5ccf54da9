package io.unionhub.ops.stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Multi;
import io.unionhub.kit.security.Roles;

@Path("/api/ops/stream")
@Tag(name = "Live", description = "The figures pushed as events arrive (Server-Sent Events)")
public class StreamResource {

    @Inject
    FigureStream stream;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({ Roles.OPS, Roles.UNION_STAFF })
    @Operation(operationId = "figureStream", summary = "Figures as they change, as Server-Sent Events",
            description = "First every program's figures (event `figures`, one per program) and the open alerts "
                    + "(`alerts`); then `figures` for each program whose figures moved, at most one per program every "
                    + "half second however many events came, and `alert` when one is raised or cleared. Each "
                    + "`figures` carries a revision: per program, keep the first with the highest (one of an equal "
                    + "revision is no newer). A comment line every 15 s keeps the stream open through proxies. The "
                    + "token goes in the Authorization header (the page reads the stream with fetch, not EventSource, "
                    + "which cannot send it).")
    @APIResponse(responseCode = "200", description = "The stream (text/event-stream), open until the caller leaves",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(type = SchemaType.STRING)))
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        return stream.listen(sse);
    }

    /** A stream has no end to give a HEAD's headers after: answered at once, without opening one. */
    @HEAD
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({ Roles.OPS, Roles.UNION_STAFF })
    @Operation(hidden = true)
    public Response head() {
        return Response.ok().type(MediaType.SERVER_SENT_EVENTS_TYPE).build();
    }
}
