package io.unionhub.matchmaking.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** "Today" for every rule (ages, a verification's expiry) comes from this clock, in the federation's zone. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock(MatchmakingConfig config) {
        return Clock.system(config.zone());
    }
}
