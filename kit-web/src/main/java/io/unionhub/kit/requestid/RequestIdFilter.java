package io.unionhub.kit.requestid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Gives every HTTP request an id before anything else runs (security, REST, errors): kept from the caller's
 * {@code X-Request-Id} (the gateway sends one) or created, put in the log context and echoed in the response.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Before the security filters, so that even a 401 carries the id. */
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
