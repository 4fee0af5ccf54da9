package io.unionhub.kit.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/** Calls itself through a REST client, to show which request id the downstream call carries. */
@Path("/api/kittest/request-ids")
public class RequestIdEchoResource {

    @Path("/seen")
    public interface SeenClient {
        @GET
        String seen();
    }

    @GET
    @Path("/seen")
    public String seen(@HeaderParam("X-Request-Id") String requestId) {
        return requestId;
    }

    @GET
    @Path("/downstream")
    public String downstream(@Context UriInfo uri) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(uri.getBaseUri().resolve("/api/kittest/request-ids"))
                .build(SeenClient.class)
                .seen();
    }
}
