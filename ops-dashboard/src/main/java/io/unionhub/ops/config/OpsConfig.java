package io.unionhub.ops.config;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "unionhub.ops")
public interface OpsConfig {

    /** The federation's time zone: the day an event counts under. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    Stream stream();

    Alerts alerts();

    /** Each program service's address, whose outbox backlog the alerts watch (its /q/metrics). */
    Map<String, URI> services();

    interface Stream {
        /** How often changed figures are pushed: the events of that time are one message per program. */
        @WithDefault("PT0.5S")
        Duration every();

        /** A comment line this often keeps an idle stream open through proxies (the gateway's 30 s). */
        @WithDefault("PT15S")
        Duration heartbeat();
    }

    interface Alerts {
        /** How often the thresholds are checked. */
        @WithDefault("PT30S")
        Duration every();

        Coverage coverage();

        Closure closure();

        SlaBreaches slaBreaches();

        OutboxBacklog outboxBacklog();
    }

    /** The coverage campaign's schedule: coverage should grow evenly from its start to the target at its end. */
    interface Coverage {
        /** No campaign, no check. */
        Optional<LocalDate> startsOn();

        Optional<LocalDate> endsOn();

        @WithDefault("1.0")
        double target();

        /** How far behind the even pace coverage may fall before the alert (a share of 1). */
        @WithDefault("0.05")
        double tolerance();
    }

    /** The closure rate of the orders received in a window that ended long enough ago for them to be closed. */
    interface Closure {
        @WithDefault("0.96")
        double below();

        @WithDefault("P30D")
        java.time.Period window();

        /** Orders younger than this are left out: they may rightly still be open. */
        @WithDefault("P7D")
        java.time.Period settle();

        /** Fewer orders than this in the window say nothing: no alert. */
        @WithDefault("20")
        int minOrders();
    }

    /** SLA breaches in the last window compared with the window before it. */
    interface SlaBreaches {
        @WithDefault("P7D")
        java.time.Period window();

        /** Rising means more than the previous window times this... */
        @WithDefault("1.5")
        double factor();

        /** ...and at least this many. */
        @WithDefault("5")
        int atLeast();
    }

    /** A service's oldest event not yet relayed to Kafka. */
    interface OutboxBacklog {
        @WithDefault("PT1M")
        Duration olderThan();

        @WithDefault("PT2S")
        Duration timeout();
    }
}
