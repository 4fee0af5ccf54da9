package io.unionhub.kit.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for another system's HTTP endpoint in a test resource (a service's /q/metrics, an identity provider's
 * key set): one path, a body made at each request, on a free port of 127.0.0.1.
 */
public final class StubHttpServer implements AutoCloseable {

    private final HttpServer server;

    private StubHttpServer(HttpServer server) {
        this.server = server;
    }

    public static StubHttpServer serving(String path, String contentType, Supplier<String> body) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext(path, exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return new StubHttpServer(server);
    }

    /** Its address, {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
