package io.unionhub.employment.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** "Today" for every rule (a posting's last valid day, a campaign's days) comes from this clock, in the federation's zone. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock(EmploymentConfig config) {
        return Clock.system(config.zone());
    }
}
