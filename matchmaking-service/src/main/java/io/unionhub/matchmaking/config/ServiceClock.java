package io.unionhub.matchmaking.config;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.unionhub.kit.time.ReplayClock;

/**
 * "Today" for every rule (ages, a verification's expiry, a mixer's start), in the federation's zone: the system
 * clock. Only the demo loader moves it, to replay the past months at startup.
 */
@ApplicationScoped
public class ServiceClock extends ReplayClock {

    @Inject
    MatchmakingConfig config;

    @Override
    public ZoneId getZone() {
        return config.zone();
    }
}
