package io.unionhub.gateway.partner;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.unionhub.gateway.routing.OwnRoutes;
import io.unionhub.kit.http.HttpProblems;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * {@code POST /api/gateway/oauth/token}, public: a partner client's id and secret for a short-lived access token,
 * as OAuth 2.0's client-credentials grant has it (RFC 6749 §4.4): the credentials in HTTP Basic (or, second best, as
 * {@code client_id} and {@code client_secret} in the form), {@code grant_type=client_credentials}. A refusal is a
 * problem+json that also carries OAuth's {@code error} code, so OAuth client libraries read it too.
 */
@ApplicationScoped
public class TokenEndpoint {

    public static final String PATH = "/api/gateway/oauth/token";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String GRANT = "client_credentials";

    @Inject
    PartnerClientService clients;

    public void mount(Router router) {
        router.post(PATH).handler(BodyHandler.create(false).setBodyLimit(4096))
                .blockingHandler(this::exchange, false);
        OwnRoutes.otherMethodsRefused(router, PATH, "POST");
    }

    private record Credentials(String clientId, String secret) {
    }

    /** A refusal with OAuth's error code (RFC 6749 §5.2) added to the problem. */
    private static final class Refusal extends RuntimeException {
        final ProblemException problem;
        final String error;

        Refusal(ProblemException problem, String error) {
            super(error, null, false, false);
            this.problem = problem;
            this.error = error;
        }
    }

    private void exchange(RoutingContext context) {
        try {
            if (!RouteAnswers.declares(context, FORM)) {
                throw new Refusal(new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "oauth.form-only"),
                        "invalid_request");
            }
            String grant = single(context, "grant_type");
            if (grant == null) {
                throw new Refusal(ProblemException.missingField("grant_type"), "invalid_request");
            }
            if (!GRANT.equals(grant)) {
                throw new Refusal(ProblemException.invalidField("grant_type", "oauth.grant-type"),
                        "unsupported_grant_type");
            }
            Credentials credentials = credentials(context);
            Optional<PartnerTokens.Issued> issued = clientId(credentials)
                    .flatMap(id -> clients.exchange(id, credentials.secret()));
            if (issued.isEmpty()) {
                throw new Refusal(new ProblemException(ProblemType.UNAUTHENTICATED, "oauth.invalid-client"),
                        "invalid_client");
            }
            context.response().putHeader("Pragma", "no-cache");
            RouteAnswers.json(context, 200, new JsonObject()
                    .put("access_token", issued.get().token())
                    .put("token_type", "Bearer")
                    .put("expires_in", issued.get().lifetime().toSeconds()));
        } catch (Refusal refusal) {
            if (refusal.problem.type() == ProblemType.UNAUTHENTICATED) {
                // how to authenticate, on every 401 (RFC 9110 §11.6.1; RFC 6749 §5.2 for a failed Basic)
                context.response().putHeader("WWW-Authenticate", "Basic realm=\"unionhub\"");
            }
            HttpProblems.send(context.request(), refusal.problem, "error", refusal.error);
        }
    }

    /** HTTP Basic or the form's fields, one way only (RFC 6749 §2.3). */
    private static Credentials credentials(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        String formId = single(context, "client_id");
        String formSecret = single(context, "client_secret");
        if (authorization != null) {
            if (formId != null || formSecret != null) {
                throw new Refusal(new ProblemException(ProblemType.BAD_REQUEST, "oauth.two-ways"), "invalid_request");
            }
            return basic(authorization);
        }
        if (formId == null || formSecret == null) {
            throw new Refusal(new ProblemException(ProblemType.UNAUTHENTICATED, "oauth.invalid-client"),
                    "invalid_client");
        }
        return new Credentials(formId, formSecret);
    }

    /** {@code Basic base64(urlencoded id ":" urlencoded secret)} (RFC 6749 §2.3.1). */
    private static Credentials basic(String authorization) {
        String[] scheme = authorization.trim().split(" +", 2);
        if (scheme.length == 2 && "basic".equalsIgnoreCase(scheme[0])) {
            try {
                String decoded = new String(Base64.getDecoder().decode(scheme[1].trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return new Credentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                            URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
                }
            } catch (IllegalArgumentException e) {
                // not base64 or a bad %-escape: refused, below
            }
        }
        throw new Refusal(new ProblemException(ProblemType.UNAUTHENTICATED, "oauth.invalid-client"), "invalid_client");
    }

    private static Optional<UUID> clientId(Credentials credentials) {
        try {
            return credentials.clientId().length() == 36
                    ? Optional.of(UUID.fromString(credentials.clientId()))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A form field given once; given twice it is a bad request, given empty it is not given (RFC 6749 §3.2). */
    private static String single(RoutingContext context, String name) {
        List<String> values = context.request().formAttributes().getAll(name);
        if (values.size() > 1) {
            throw new Refusal(ProblemException.invalidField(name, "oauth.repeated"), "invalid_request");
        }
        return values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
    }
}
