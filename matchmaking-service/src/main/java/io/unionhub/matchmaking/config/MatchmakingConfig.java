package io.unionhub.matchmaking.config;

import java.time.ZoneId;

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

    /** How often verifications are checked for expiry. */
    @WithDefault("1h")
    String verificationExpiryEvery();
}
