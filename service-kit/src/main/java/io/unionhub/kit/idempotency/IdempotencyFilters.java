package io.unionhub.kit.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import io.unionhub.kit.idempotency.IdempotencyStore.Claim;
import io.unionhub.kit.idempotency.IdempotencyStore.InProgress;
import io.unionhub.kit.idempotency.IdempotencyStore.Replay;
import io.unionhub.kit.idempotency.IdempotencyStore.ReusedForOtherRequest;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;

/**
 * {@code Idempotency-Key} on POST (after the IETF httpapi draft and Stripe): the same caller sending the same key
 * gets the first successful answer again, marked {@code Idempotent-Replayed: true}, and nothing is created twice.
 * The same key with a different request is refused (422); a duplicate arriving while the first still runs gets 409.
 * A request that fails frees its key.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotencyFilters.class.getName() + ".claimed";
    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    IdempotencyStore store;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper objectMapper;

    @ServerRequestFilter(readBody = true)
    public Response claimKey(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "problem.idempotency-key.invalid", MAX_KEY_LENGTH);
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        var uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + '?' + uri.getRawQuery();
        Claim claim = store.claim(caller(), key, request.getMethod(), path, hash(request.getMethod(), target, body));
        if (claim instanceof Replay replay) {
            Response.ResponseBuilder answer = Response.status(replay.status()).header(REPLAYED_HEADER, "true");
            if (replay.body() != null) {
                answer.entity(replay.body()).type(replay.contentType());
            }
            if (replay.location() != null) {
                answer.header(HttpHeaders.LOCATION, replay.location());
            }
            return answer.build();
        }
        if (claim instanceof InProgress) {
            throw ProblemException.conflict("problem.idempotency-in-progress.detail");
        }
        if (claim instanceof ReusedForOtherRequest) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "problem.idempotency-key-reused.detail");
        }
        request.setProperty(CLAIMED, key);
        return null;
    }

    @ServerResponseFilter
    public void keepAnswer(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        String key = (String) request.getProperty(CLAIMED);
        if (key == null) {
            return;
        }
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            String body = response.hasEntity() ? objectMapper.writeValueAsString(response.getEntity()) : null;
            // the media type is chosen after the filters when the resource did not set one: ours is JSON
            String contentType = response.getMediaType() == null ? MediaType.APPLICATION_JSON
                    : response.getMediaType().toString();
            store.complete(caller(), key, response.getStatus(), contentType,
                    response.getHeaderString(HttpHeaders.LOCATION), body);
        } else {
            store.release(caller(), key);
        }
    }

    private String caller() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    private static String hash(String method, String target, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + ' ' + target + '\n').getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
