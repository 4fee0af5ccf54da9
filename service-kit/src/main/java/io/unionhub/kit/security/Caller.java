package io.unionhub.kit.security;

import java.util.Arrays;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: the token's subject (a member id) and roles, and the ownership checks services repeat. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    /** The member id the token carries as {@code sub}. */
    public String memberId() {
        return identity.getPrincipal().getName();
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
