package io.unionhub.gateway.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.unionhub.gateway.routing.OwnRoutes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /q/asyncapi}: the programs' events (AsyncAPI 3, docs/asyncapi.yaml copied in at build), beside the merged
 * OpenAPI and answered the same way: YAML, or JSON with {@code ?format=json} or {@code Accept: application/json}.
 */
@ApplicationScoped
public class AsyncApiRoute {

    public static final String PATH = "/q/asyncapi";
    private static final String RESOURCE = "asyncapi/asyncapi.yaml";

    private final Buffer yaml;
    private final Buffer json;

    public AsyncApiRoute() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the gateway was built without " + RESOURCE);
            }
            byte[] bytes = in.readAllBytes();
            yaml = Buffer.buffer(bytes);
            json = Buffer.buffer(new ObjectMapper().writeValueAsBytes(new YAMLMapper().readTree(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void mount(Router router) {
        OwnRoutes.readable(router, PATH).handler(this::answer);
        OwnRoutes.otherMethodsRefused(router, PATH, "GET, HEAD");
    }

    private void answer(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean asJson = "json".equalsIgnoreCase(context.request().getParam("format"))
                || accept != null && accept.contains("application/json");
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, asJson ? "application/json" : "application/yaml;charset=UTF-8")
                .end(asJson ? json : yaml);
    }
}
