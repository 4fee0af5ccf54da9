package io.unionhub.mediation.config;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.unionhub.kit.time.ReplayClock;

/**
 * "Now" for every rule (an order's year and deadlines, the reopening window, the 15-day clock), in the federation's
 * zone: the system clock. Only the demo loader moves it, to replay a year of the hotline at startup.
 */
@ApplicationScoped
public class ServiceClock extends ReplayClock {

    @Inject
    MediationConfig config;

    @Override
    public ZoneId getZone() {
        return config.zone();
    }
}
