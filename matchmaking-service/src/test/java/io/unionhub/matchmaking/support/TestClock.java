package io.unionhub.matchmaking.support;

import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import io.unionhub.kit.testing.MovableClock;
import io.unionhub.matchmaking.config.MatchmakingConfig;

/** The service's clock, moved by tests to reach a verification's expiry; the federation's zone. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends MovableClock {

    @Inject
    MatchmakingConfig config;

    @Override
    public ZoneId getZone() {
        return config.zone();
    }
}
