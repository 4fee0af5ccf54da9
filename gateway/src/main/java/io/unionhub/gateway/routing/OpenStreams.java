package io.unionhub.gateway.routing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;

/**
 * The proxied answers that never end by themselves (Server-Sent Events: the ops dashboard's live stream). As the
 * gateway begins to stop, their connections are closed (the page reconnects, to another gateway): left open, they
 * would hold the graceful stop for its whole time limit.
 */
@ApplicationScoped
public class OpenStreams {

    private final Set<HttpConnection> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    /** Tracks the caller's connection while the stream it is served lasts; closes it at once while stopping. */
    void opened(HttpServerRequest caller) {
        HttpConnection connection = caller.connection();
        if (connection != null && open.add(connection)) {
            connection.closeHandler(closed -> open.remove(connection));
        }
        if (closing) {
            closeAll();
        }
    }

    void stopping(@Observes ShutdownDelayInitiatedEvent stopping) {
        closing = true;
        closeAll();
    }

    private void closeAll() {
        open.forEach(HttpConnection::close);
    }
}
