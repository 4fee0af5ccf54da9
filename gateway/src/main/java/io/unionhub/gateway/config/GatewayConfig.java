package io.unionhub.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the gateway sends each program's calls. */
@ConfigMapping(prefix = "unionhub.gateway")
public interface GatewayConfig {

    /**
     * The upstream of each program, keyed by the path segment after {@code /api/} (e.g. {@code training}):
     * a plain {@code http://host:port}, without a path, since paths pass through unchanged.
     */
    Map<String, URI> routes();

    /** How long to wait for an upstream connection before answering 503. */
    @WithDefault("PT2S")
    Duration connectTimeout();
}
