package io.unionhub.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * The instances of one program's service, taken in turn (round robin), skipping one that is down: each is asked
 * {@code /q/health/ready} at an interval (down while it does not answer 200), and one that refuses a connection is
 * down at once until its next good answer. A connection not had on one instance is tried on the next (nothing was
 * sent yet, so any method may be); if every instance is down, one is tried anyway (its failure is the 503).
 */
final class Instances {

    private static final Logger LOG = Logger.getLogger(Instances.class);

    /** One instance and whether it is taking calls. */
    private static final class Instance {
        final SocketAddress address;
        volatile boolean up = true;

        Instance(URI uri) {
            this.address = SocketAddress.inetSocketAddress(uri.getPort() < 0 ? 80 : uri.getPort(), uri.getHost());
        }
    }

    private final String program;
    private final List<Instance> instances;
    private final AtomicInteger turn = new AtomicInteger();

    Instances(String program, List<URI> uris) {
        this.program = program;
        this.instances = uris.stream().map(Instance::new).toList();
    }

    /** Asks each instance for its readiness at the interval, from now on. */
    void watch(Vertx vertx, HttpClient client, Duration every) {
        vertx.setPeriodic(every.toMillis(), ignored -> instances.forEach(instance -> client
                .request(new RequestOptions().setServer(instance.address).setMethod(HttpMethod.GET)
                        .setURI("/q/health/ready").setTimeout(every.toMillis()))
                .compose(request -> request.send())
                .onComplete(answer -> {
                    boolean ready = answer.succeeded() && answer.result().statusCode() == 200;
                    if (answer.succeeded()) {
                        answer.result().body(); // drain: the connection goes back to the pool
                    }
                    mark(instance, ready);
                })));
    }

    private void mark(Instance instance, boolean up) {
        if (instance.up != up) {
            LOG.infof("%s service at %s is %s", program, instance.address, up ? "up again" : "down: skipped");
        }
        instance.up = up;
    }

    /** A request to the next instance up, or to the one after it when the connection is not had. */
    Future<HttpClientRequest> request(HttpClient client, RequestOptions options) {
        Instance first = next();
        return client.request(new RequestOptions(options).setServer(first.address)).recover(failure -> {
            mark(first, false);
            Instance second = next();
            if (second == first) {
                return Future.failedFuture(new UpstreamFailure.NotConnected(failure));
            }
            return client.request(new RequestOptions(options).setServer(second.address)).recover(again -> {
                mark(second, false);
                return Future.failedFuture(new UpstreamFailure.NotConnected(again));
            });
        });
    }

    /** The next instance up in turn; when none is, the next in turn all the same. */
    private Instance next() {
        int start = Math.floorMod(turn.getAndIncrement(), instances.size());
        for (int i = 0; i < instances.size(); i++) {
            Instance candidate = instances.get((start + i) % instances.size());
            if (candidate.up) {
                return candidate;
            }
        }
        return instances.get(start);
    }
}
