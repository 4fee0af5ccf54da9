package io.unionhub.mediation.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** "Now" for every rule (an order's year, the reopening window) comes from this clock, in the federation's zone. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock(MediationConfig config) {
        return Clock.system(config.zone());
    }
}
