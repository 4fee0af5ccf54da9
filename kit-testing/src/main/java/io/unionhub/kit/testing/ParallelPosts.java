package io.unionhub.kit.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A benchmark's load: POSTs from several threads over HTTP/1.1 keep-alive, as the gateway calls the services, with a
 * plain JDK client (REST Assured costs more CPU per call than the service on 2 cores).
 */
public final class ParallelPosts {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final String authorization;
    private final int threads;

    /** @param authorization the Authorization header every request carries */
    public ParallelPosts(int port, String authorization, int threads) {
        this.base = URI.create("http://localhost:" + port);
        this.authorization = authorization;
        this.threads = threads;
    }

    /** POSTs {@code count} JSON bodies and answers the seconds it took; any answer but {@code expected} fails. */
    public double post(int count, IntFunction<String> path, IntFunction<String> body, int expected) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest post = HttpRequest.newBuilder(base.resolve(path.apply(i)))
                            .header("Authorization", authorization).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.apply(i))).build();
                    HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != expected) {
                        throw new IllegalStateException(path.apply(i) + " answered " + answer.statusCode() + ": "
                                + answer.body());
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
