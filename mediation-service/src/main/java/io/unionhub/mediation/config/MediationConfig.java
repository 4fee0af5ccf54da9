package io.unionhub.mediation.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "unionhub.mediation")
public interface MediationConfig {

    /** The federation's time zone: which year an order is numbered in, and when a day starts. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** How long after its close a work order may be reopened, in days. */
    @WithDefault("30")
    int reopenWindowDays();
}
