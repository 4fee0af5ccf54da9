package io.unionhub.gateway.requestid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Gives every call an id before anything else runs (security, routing, errors): kept from the caller's
 * {@code X-Request-Id} or created, put in the log context and echoed in the response, even on a 401.
 *
 * <p>The services do the same with service-kit's {@code RequestIdFilter}; the gateway does not depend on the kit,
 * which would bring a database and Kafka to a process that has neither, so it keeps this small twin. Change both
 * together (the accepted id format above all).
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Before the security handlers, so that even a 401 carries the id. */
    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String id = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
            MDC.put(RequestIds.MDC_KEY, id);
            context.response().putHeader(RequestIds.HEADER, id);
            context.addEndHandler(ignored -> MDC.remove(RequestIds.MDC_KEY));
            context.next();
        }, PRIORITY);
    }
}
