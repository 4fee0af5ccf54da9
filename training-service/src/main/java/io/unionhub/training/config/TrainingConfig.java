package io.unionhub.training.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "unionhub.training")
public interface TrainingConfig {

    /** Days after a completion at which follow-up visits fall due. */
    @WithDefault("30,90")
    List<Integer> followUpDays();

    /** When due follow-ups are announced (cron, in {@link #zone()}). */
    @WithDefault("0 0 6 * * ?")
    String followUpCheck();

    /** The federation's time zone: when a day starts for cohorts, registers and follow-ups. */
    @WithDefault("Asia/Shanghai")
    java.time.ZoneId zone();

    /** Load the demo city (districts, units, a few hundred cadres, cohorts) into an empty database at start. */
    @WithDefault("false")
    boolean demoData();
}
