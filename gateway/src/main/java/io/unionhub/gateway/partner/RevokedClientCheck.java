package io.unionhub.gateway.partner;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.unionhub.gateway.config.GatewayConfig;

/**
 * A token issued to a partner client (it names the client in {@code partner_client}) is good only while the client
 * is: a revoked client's tokens are refused from the revocation on, not when they run out. The client's standing is
 * read from the register (a primary-key read, off the event loop) at most once a second per client and gateway
 * ({@code unionhub.gateway.partners.standing-cached-for}); the gateway that revokes forgets it at once, the others
 * within that time. A flood of calls with one partner token (they are authenticated before the rate limit) is then
 * no flood of database reads.
 */
@ApplicationScoped
public class RevokedClientCheck implements SecurityIdentityAugmentor {

    private final PartnerClientService clients;
    private final Cache<UUID, Boolean> standing;

    @Inject
    RevokedClientCheck(PartnerClientService clients, GatewayConfig config) {
        this.clients = clients;
        this.standing = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(config.partners().standingCachedFor()).build();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)
                || !token.containsClaim(PartnerTokens.PARTNER_CLIENT)) {
            return Uni.createFrom().item(identity);
        }
        UUID clientId = clientId(token.getClaim(PartnerTokens.PARTNER_CLIENT));
        Boolean known = clientId == null ? Boolean.FALSE : standing.getIfPresent(clientId);
        if (known != null) {
            return known ? Uni.createFrom().item(identity) : refused();
        }
        return context.runBlocking(() -> {
            boolean active = clients.isActive(clientId);
            standing.put(clientId, active);
            if (!active) {
                throw new AuthenticationFailedException("partner client unknown or revoked");
            }
            return identity;
        });
    }

    /** A revocation here, once committed: this gateway refuses the client's tokens from the next call on. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnerClientService.Revoked revoked) {
        standing.invalidate(revoked.clientId());
    }

    private static Uni<SecurityIdentity> refused() {
        return Uni.createFrom().failure(new AuthenticationFailedException("partner client unknown or revoked"));
    }

    private static UUID clientId(Object claim) {
        String text = claim == null ? "" : claim.toString();
        // a JSON string claim may come as a JsonString, whose toString() keeps the quotes
        if (text.length() == 38 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, 37);
        }
        try {
            return text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
