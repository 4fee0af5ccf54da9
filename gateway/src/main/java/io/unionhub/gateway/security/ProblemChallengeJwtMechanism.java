package io.unionhub.gateway.security;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.unionhub.kit.http.HttpProblems;
import io.unionhub.kit.problem.ProblemType;
import io.vertx.ext.web.RoutingContext;

/**
 * The JWT mechanism with a problem+json challenge. Quarkus answers a missing token (the permission check denies the
 * anonymous caller) and a rejected one (authentication fails) alike by asking the mechanism to send its challenge;
 * the stock one sends an empty 401, this one adds the problem body. As an enabled alternative it takes the stock
 * mechanism's place in Quarkus's list of mechanisms; the stock one still checks the tokens, as its delegate.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ProblemChallengeJwtMechanism implements HttpAuthenticationMechanism {

    /** The routing-context key under which Quarkus looks up the mechanism that sends the challenge. */
    private static final String CHALLENGER = HttpAuthenticationMechanism.class.getName();
    /** The routing-context key of the caller's member id (the token's {@code sub}), for the access log. */
    public static final String CALLER = "unionhub.caller";

    @Inject
    JWTAuthMechanism delegate;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        // kit-web's TokenClaimsCheck then refuses what SmallRye JWT leaves unchecked (a future iat, an odd sub)
        Uni<SecurityIdentity> identity = delegate.authenticate(context, identityProviderManager);
        // on seeing a token, the JWT mechanism names itself as the one to answer a rejection; the answer is ours
        if (context.get(CHALLENGER) != null) {
            context.put(CHALLENGER, this);
        }
        // the member id, never the login name an identity provider puts in upn or preferred_username
        return identity.invoke(caller -> {
            if (caller != null && caller.getPrincipal() instanceof JsonWebToken token) {
                context.put(CALLER, token.getSubject());
            }
        });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return delegate.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return getChallenge(context).map(challenge -> {
            if (!context.response().ended()) {
                // WWW-Authenticate: Bearer, as the JWT mechanism words it
                challenge.getHeaders().forEach(context.response()::putHeader);
                HttpProblems.send(context.request(), ProblemType.UNAUTHENTICATED);
            }
            return true;
        });
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return delegate.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return delegate.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return delegate.getPriority();
    }
}
