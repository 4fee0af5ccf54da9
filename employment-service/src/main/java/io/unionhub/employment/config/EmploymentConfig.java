package io.unionhub.employment.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "unionhub.employment")
public interface EmploymentConfig {

    /** The federation's time zone: when a posting's last valid day ends, and a campaign's days. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** When postings past their last valid day are expired (cron, in {@link #zone()}); the board hides them at once. */
    @WithDefault("0 5 0 * * ?")
    String expiryCheck();

    /** Load the demo recruitment month (employers, postings, seekers, applications, intents) into an empty database. */
    @WithDefault("false")
    boolean demoData();
}
