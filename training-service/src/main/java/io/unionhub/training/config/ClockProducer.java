package io.unionhub.training.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * "Today" for every rule (cohorts in the past, days that have come, due follow-ups, campaign pace) comes from this
 * clock, in the federation's time zone, whatever the host's is.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock(TrainingConfig config) {
        return Clock.system(config.zone());
    }
}
