package io.unionhub.kit.security;

import java.util.Arrays;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: the token's subject (a member id) and roles, and the ownership checks services repeat. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /**
     * The member id: the token's {@code sub}, and only that. (The principal's name would be {@code upn} or
     * {@code preferred_username} when the token has one: a login name at most identity providers, not the member.)
     */
    public String memberId() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        throw new UnauthorizedException();
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    /** Passes when the caller holds one of the roles, or is the member the record belongs to; 403 otherwise. */
    public void requireOwnerOrRole(String ownerMemberId, String... roles) {
        if (!hasAnyRole(roles) && !memberId().equals(ownerMemberId)) {
            throw new ForbiddenException();
        }
    }
}
