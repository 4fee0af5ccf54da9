package io.unionhub.ops.alert;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.schedule.RoundLock;

/** Raises and clears alerts from readings, publishing each change as an event in the same transaction. */
@ApplicationScoped
public class Alerts {

    @Inject
    EventPublisher events;

    @Inject
    RoundLock roundLock;

    public List<AlertView> open() {
        return Alert.<Alert>list("clearedAt is null", Sort.by("raisedAt").and("subject")).stream().map(Alert::view)
                .toList();
    }

    public PageOf<AlertView> page(boolean openOnly, PageParams page) {
        PanacheQuery<Alert> query = openOnly ? Alert.find("clearedAt is null", Sort.descending("raisedAt").and("id"))
                : Alert.findAll(Sort.descending("raisedAt").and("id"));
        return PageOf.of(query, page, Alert::view);
    }

    /**
     * Applies readings: a crossed threshold without an open alert raises one, an open alert whose threshold is no
     * longer crossed is cleared, an open one still crossed keeps its latest value. One replica at a time (the others
     * skip the round).
     *
     * @return the alerts raised or cleared, for the live stream once committed
     */
    @Transactional
    public List<AlertView> apply(List<Reading> readings, Set<AlertRule> evaluated) {
        if (!roundLock.take("ops-alerts")) {
            return List.of();
        }
        List<AlertView> changed = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (Reading reading : readings) {
            Alert open = Alert.<Alert>find("rule = ?1 and subject = ?2 and clearedAt is null", reading.rule(),
                    reading.subject()).firstResult();
            if (reading.crossed() && open == null) {
                Alert alert = new Alert();
                alert.id = UUID.randomUUID();
                alert.rule = reading.rule();
                alert.subject = reading.subject();
                alert.raisedAt = now;
                alert.value = reading.value();
                alert.threshold = reading.threshold();
                alert.persist();
                events.publishForNewAggregate(AlertEvents.RAISED, alert.id, new AlertEvents.AlertRaised(alert.id,
                        alert.rule, alert.subject, alert.value, alert.threshold));
                changed.add(alert.view());
            } else if (open != null) {
                open.value = reading.value();
                open.threshold = reading.threshold();
                if (!reading.crossed()) {
                    changed.add(clear(open, now));
                }
            }
        }
        // a rule that could not be read this round (no campaign configured any more, too few orders) has nothing
        // crossed to show: its open alerts clear (an outbox whose service did not answer keeps its own)
        for (Alert open : Alert.<Alert>list("clearedAt is null")) {
            boolean read = readings.stream().anyMatch(r -> r.rule() == open.rule && r.subject().equals(open.subject));
            if (evaluated.contains(open.rule) && !read) {
                changed.add(clear(open, now));
            }
        }
        return changed;
    }

    private AlertView clear(Alert open, OffsetDateTime now) {
        open.clearedAt = now;
        events.publish(AlertEvents.CLEARED, open.id, new AlertEvents.AlertCleared(open.id, open.rule, open.subject,
                open.value));
        return open.view();
    }
}
