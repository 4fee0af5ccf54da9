package io.unionhub.gateway.partner;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * A token issued to a partner client (it names the client in {@code client_id}) is good only while the client is: a
 * revoked client's tokens are refused from the moment of the revocation, not when they run out. The register is
 * asked on every such call (a primary-key read, off the event loop), so every gateway replica refuses at once.
 */
@ApplicationScoped
public class RevokedClientCheck implements SecurityIdentityAugmentor {

    @Inject
    PartnerClientService clients;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || !token.containsClaim(PartnerTokens.CLIENT_ID)) {
            return Uni.createFrom().item(identity);
        }
        UUID clientId = clientId(token.getClaim(PartnerTokens.CLIENT_ID));
        return context.runBlocking(() -> {
            if (clientId == null || !clients.isActive(clientId)) {
                throw new AuthenticationFailedException("partner client unknown or revoked");
            }
            return identity;
        });
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
