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

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import io.unionhub.kit.config.KitConfig;
import io.unionhub.kit.idempotency.IdempotencyStore.Claim;
import io.unionhub.kit.idempotency.IdempotencyStore.InProgress;
import io.unionhub.kit.idempotency.IdempotencyStore.Replay;
import io.unionhub.kit.idempotency.IdempotencyStore.ReusedForOtherRequest;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.security.Caller;

/**
 * {@code Idempotency-Key} on POST (after the IETF httpapi draft and Stripe): the same caller sending the same key
 * gets the first successful answer again, marked {@code Idempotent-Replayed: true}, and nothing is created twice.
 * The same key with a different request is refused (422); a duplicate arriving while the first still runs waits a
 * moment for its answer, then gets 409. A request that fails frees its key.
 * <p>
 * A request with a key runs in one transaction that the request filter opens and the response filter commits,
 * holding the key, the state change (services' {@code @Transactional} methods join it) and the answer: a crash at
 * any point leaves all three or none. Both filters run on the worker thread of the (blocking) resource method. A
 * transaction the response filter never saw end (a failure while the error answer is built) times out, and the next
 * request on that thread, keyed or not, rolls it back before it starts.
 */
public class IdempotencyFilters {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotencyFilters.class.getName() + ".claimed";
    private static final int MAX_KEY_LENGTH = 200;
    /** The store's column: a longer path cannot take a key (a token subject is at most 64, TokenClaimsCheck). */
    private static final int MAX_PATH_LENGTH = 1000;

    @Inject
    IdempotencyStore store;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    KitConfig config;

    /**
     * Before any other filter of any request on a worker thread: a transaction still bound to this thread was left by
     * a keyed request whose end went wrong; it must not swallow this request's work.
     */
    @ServerRequestFilter(priority = 1)
    public void refuseLeftoverTransaction(ContainerRequestContext request) {
        if (BlockingOperationControl.isBlockingAllowed() && QuarkusTransaction.isActive()) {
            LOG.error("a transaction was still open on this worker thread at the start of a request; rolled back");
            QuarkusTransaction.rollback();
        }
    }

    @ServerRequestFilter(readBody = true)
    public Response claimKey(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "problem.idempotency-key.invalid", MAX_KEY_LENGTH);
        }
        var uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        if (path.length() > MAX_PATH_LENGTH) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "problem.idempotency-key.path-too-long",
                    MAX_PATH_LENGTH);
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String target = uri.getRawQuery() == null ? path : path + '?' + uri.getRawQuery();
        if (!BlockingOperationControl.isBlockingAllowed()) {
            // the transaction below is bound to this thread: it must be the worker thread the resource runs on
            throw new IllegalStateException("Idempotency-Key on a non-blocking operation: " + path);
        }
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions()
                .timeout((int) config.idempotency().transactionTimeout().toSeconds()));
        Claim claim;
        try {
            claim = store.claim(callerId(), key, request.getMethod(), path, hash(request.getMethod(), target, body));
        } catch (RuntimeException e) {
            QuarkusTransaction.rollback();
            throw e;
        }
        if (claim instanceof IdempotencyStore.Proceed) {
            request.setProperty(CLAIMED, key);
            return null;
        }
        QuarkusTransaction.rollback();
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
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "problem.idempotency-key-reused.detail");
        }
        throw new IllegalStateException("unknown claim " + claim);
    }

    @ServerResponseFilter
    public void keepAnswer(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        String key = (String) request.getProperty(CLAIMED);
        if (key == null) {
            return;
        }
        request.removeProperty(CLAIMED);
        if (response.getStatus() < 200 || response.getStatus() >= 300) {
            // the request failed: its changes and its key go together, and the client may retry with the key
            QuarkusTransaction.rollback();
            return;
        }
        if (QuarkusTransaction.isRollbackOnly()) {
            // a resource that caught a failure and answered success anyway: nothing it did can be kept
            QuarkusTransaction.rollback();
            throw new IllegalStateException("the request answered " + response.getStatus()
                    + " but its transaction was marked for rollback: nothing was saved");
        }
        try {
            String body = response.hasEntity() ? objectMapper.writeValueAsString(response.getEntity()) : null;
            // the media type is chosen after the filters when the resource did not set one: ours is JSON
            String contentType = response.getMediaType() == null ? MediaType.APPLICATION_JSON
                    : response.getMediaType().toString();
            store.complete(callerId(), key, response.getStatus(), contentType,
                    response.getHeaderString(HttpHeaders.LOCATION), body);
        } catch (RuntimeException | JsonProcessingException e) {
            QuarkusTransaction.rollback();
            throw e;
        }
        // a failing commit (a concurrent change found at the end) is answered like any other failure
        QuarkusTransaction.commit();
    }

    private String callerId() {
        return caller.isAnonymous() ? "anonymous" : caller.memberId();
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
