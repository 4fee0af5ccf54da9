package io.unionhub.ops.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.unionhub.ops.config.OpsConfig;

/**
 * Reads each program service's outbox lag from its Prometheus metrics ({@code unionhub_outbox_oldest_pending_age_seconds},
 * service-kit's gauge): the age of its oldest event not yet relayed to Kafka. A service that does not answer is left
 * out of the round (its readiness is the deployment's business), so its alert neither rises nor clears.
 */
@ApplicationScoped
public class OutboxBacklogProbe {

    private static final Logger LOG = Logger.getLogger(OutboxBacklogProbe.class);
    private static final Pattern OLDEST_PENDING = Pattern.compile(
            "^unionhub_outbox_oldest_pending_age_seconds(?:\\{[^}]*\\})? ([0-9.eE+-]+|NaN)$", Pattern.MULTILINE);

    @Inject
    OpsConfig config;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.alerts().outboxBacklog().timeout()).build();
    }

    /** Service → age in seconds of its oldest pending event (0 with none pending), for those that answered. */
    public Map<String, Double> oldestPendingAges() {
        Map<String, Double> ages = new TreeMap<>();
        config.services().forEach((service, address) -> age(service, address).ifPresent(age -> ages.put(service, age)));
        return ages;
    }

    private OptionalDouble age(String service, URI address) {
        HttpRequest request = HttpRequest.newBuilder(address.resolve("/q/metrics"))
                .timeout(config.alerts().outboxBacklog().timeout()).header("Accept", "text/plain").GET().build();
        try {
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher gauge = OLDEST_PENDING.matcher(answer.body());
            if (answer.statusCode() != 200 || !gauge.find() || "NaN".equals(gauge.group(1))) {
                LOG.debugf("%s: no outbox lag in its metrics (status %d)", service, answer.statusCode());
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(Double.parseDouble(gauge.group(1)));
        } catch (IOException | NumberFormatException e) {
            LOG.debugf("%s: metrics not read (%s)", service, e.getClass().getSimpleName());
            return OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        }
    }
}
