package io.unionhub.gateway.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import io.unionhub.gateway.config.GatewayConfig;
import io.unionhub.kit.security.Roles;

/**
 * Mints a partner client's access token: the platform's issuer and audience (the services check those as for any
 * token), the agency id as subject (the services know a partner by it), the partner role, the client's id in a claim
 * of the platform's own, {@code partner_client}, so the gateway can refuse it once the client is revoked (not RFC
 * 9068's {@code client_id}: an identity provider puts that in its own tokens, which the register does not hold), and
 * a short life. Signed with the gateway's key ({@code smallrye.jwt.sign.key.location}), which the services'
 * verification key set must hold.
 */
@ApplicationScoped
public class PartnerTokens {

    /** The claim naming the register's client a token was issued to. */
    public static final String PARTNER_CLIENT = "partner_client";

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Set<String> audiences;

    @Inject
    GatewayConfig config;

    public record Issued(String token, Duration lifetime) {
    }

    Issued issue(PartnerClient client) {
        Instant now = Instant.now();
        Duration lifetime = config.partners().tokenLifetime();
        String token = Jwt.issuer(issuer)
                .audience(audiences)
                .subject(client.agency)
                .groups(Set.of(Roles.PARTNER))
                .claim(PARTNER_CLIENT, client.id.toString())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .sign();
        return new Issued(token, lifetime);
    }
}
