package io.unionhub.matchmaking.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "unionhub.matchmaking")
public interface MatchmakingConfig {

    /** The federation's time zone: when a day (and a verification) ends. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** How long a registry answer of "single" holds, in months, before a re-check is queued. */
    @WithDefault("6")
    int verificationValidMonths();

    /**
     * The partners that are civil-affairs offices (their token subjects): only they read the registry queue in full
     * and answer checks; a court or an employer is a partner too.
     */
    Optional<List<String>> civilAffairsPartners();

    /** How often verifications are checked for expiry. */
    @WithDefault("1h")
    String verificationExpiryEvery();

    /** Load demo data (profiles, a matchmaker, mixers with picks and pairs, couples, a wedding) into an empty database. */
    @WithDefault("false")
    boolean demoData();
}
