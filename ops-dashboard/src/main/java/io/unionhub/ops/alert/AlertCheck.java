package io.unionhub.ops.alert;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import io.unionhub.ops.config.OpsConfig;
import io.unionhub.ops.mediation.MediationFigures;
import io.unionhub.ops.projection.Generations;
import io.unionhub.ops.projection.Tallies;
import io.unionhub.ops.stream.FigureStream;
import io.unionhub.ops.training.TrainingFigures;

/** Checks the thresholds every {@code unionhub.ops.alerts.every} against the live figures and the services' outboxes. */
@ApplicationScoped
public class AlertCheck {

    /** The rules each round reads from the figures (the outbox rule only for the services that answered). */
    private static final Set<AlertRule> EVALUATED_EVERY_ROUND = EnumSet.of(AlertRule.COVERAGE_BEHIND,
            AlertRule.CLOSURE_RATE_LOW, AlertRule.SLA_BREACHES_RISING);

    @Inject
    OpsConfig config;

    @Inject
    Generations generations;

    @Inject
    TrainingFigures training;

    @Inject
    MediationFigures mediation;

    @Inject
    Tallies tallies;

    @Inject
    OutboxBacklogProbe outboxes;

    @Inject
    Alerts alerts;

    @Inject
    FigureStream stream;

    @Scheduled(every = "${unionhub.ops.alerts.every}", delayed = "${unionhub.ops.alerts.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheck() {
        check();
    }

    /** One round: the services' outboxes are asked first, outside the transaction. */
    public List<AlertView> check() {
        Map<String, Double> backlogs = outboxes.oldestPendingAges();
        List<AlertView> changed = alerts.apply(readings(backlogs), EVALUATED_EVERY_ROUND);
        changed.forEach(stream::alert);
        return changed;
    }

    @Transactional
    List<Reading> readings(Map<String, Double> backlogs) {
        int live = generations.live();
        LocalDate today = LocalDate.now(config.zone());
        List<Reading> readings = new ArrayList<>();
        coverage(live, today, readings);
        closureRate(live, today, readings);
        slaBreaches(live, today, readings);
        double allowed = config.alerts().outboxBacklog().olderThan().toMillis() / 1000.0;
        backlogs.forEach((service, age) -> readings.add(
                new Reading(AlertRule.OUTBOX_BACKLOG, service, age, allowed, age > allowed)));
        return readings;
    }

    /** Coverage should grow evenly from the campaign's start to its target at its end. */
    private void coverage(int live, LocalDate today, List<Reading> readings) {
        OpsConfig.Coverage campaign = config.alerts().coverage();
        if (campaign.startsOn().isEmpty() || campaign.endsOn().isEmpty()) {
            return;
        }
        Double coverage = training.coverage(live).coverage();
        if (coverage == null) {
            return;
        }
        LocalDate start = campaign.startsOn().get();
        long days = Math.max(1, ChronoUnit.DAYS.between(start, campaign.endsOn().get()));
        double elapsed = Math.min(1, Math.max(0, ChronoUnit.DAYS.between(start, today) / (double) days));
        double floor = campaign.target() * elapsed - campaign.tolerance();
        readings.add(new Reading(AlertRule.COVERAGE_BEHIND, "training", coverage, floor, coverage < floor));
    }

    private void closureRate(int live, LocalDate today, List<Reading> readings) {
        OpsConfig.Closure closure = config.alerts().closure();
        LocalDate to = today.minus(closure.settle());
        MediationFigures.ClosureRate rate = mediation.closureRate(live, to.minus(closure.window()).plusDays(1), to);
        if (rate.received() < closure.minOrders() || rate.rate() == null) {
            return;
        }
        readings.add(new Reading(AlertRule.CLOSURE_RATE_LOW, "mediation", rate.rate(), closure.below(),
                rate.rate() < closure.below()));
    }

    private void slaBreaches(int live, LocalDate today, List<Reading> readings) {
        OpsConfig.SlaBreaches rule = config.alerts().slaBreaches();
        LocalDate windowStart = today.minus(rule.window()).plusDays(1);
        long current = breaches(live, windowStart, today);
        long previous = breaches(live, windowStart.minus(rule.window()), windowStart.minusDays(1));
        double threshold = Math.max(rule.atLeast(), previous * rule.factor());
        readings.add(new Reading(AlertRule.SLA_BREACHES_RISING, "mediation", current, threshold,
                current >= rule.atLeast() && current > previous * rule.factor()));
    }

    private long breaches(int live, LocalDate from, LocalDate to) {
        return tallies.series(live, MediationFigures.SLA_BREACHES, "", Tallies.Every.MONTH, from, to).stream()
                .mapToLong(Tallies.Point::value).sum();
    }
}
