package io.unionhub.mediation.sla;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.unionhub.mediation.config.MediationConfig;
import io.unionhub.mediation.workorder.Complexity;

/**
 * An order's deadlines from its receipt and class: the first reply so many hours later on the calendar; the
 * resolution by the end (midnight, in the federation's zone) of the so-many-th working day after the day of receipt.
 */
@ApplicationScoped
public class Deadlines {

    @Inject
    MediationConfig config;

    public record Due(OffsetDateTime firstResponse, OffsetDateTime resolution) {
    }

    public Due of(OffsetDateTime receivedAt, Complexity complexity) {
        MediationConfig.Limits limits = config.sla().get(complexity.name().toLowerCase(java.util.Locale.ROOT));
        if (limits == null) {
            throw new IllegalStateException("no SLA limits configured for " + complexity);
        }
        ZonedDateTime received = receivedAt.atZoneSameInstant(config.zone());
        ZonedDateTime resolution = WorkingDays.of(config).after(received.toLocalDate(), limits.resolutionWorkingDays()).plusDays(1)
                .atStartOfDay(config.zone());
        return new Due(receivedAt.plusHours(limits.firstResponseHours()), resolution.toOffsetDateTime());
    }
}
