package io.unionhub.kit.security;

/** The roles of the platform, as carried in the token's {@code groups} claim. */
public final class Roles {

    public static final String WORKER = "worker";
    public static final String CADRE = "cadre";
    public static final String EMPLOYER = "employer";
    public static final String UNION_STAFF = "union-staff";
    public static final String MEDIATOR = "mediator";
    public static final String MATCHMAKER = "matchmaker";
    public static final String PARTNER = "partner";
    public static final String OPS = "ops";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
