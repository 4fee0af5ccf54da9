package io.unionhub.kit.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A benchmark's reads: GETs one after the other over HTTP/1.1 keep-alive with a plain JDK client, timed after some
 * untimed ones warm the JIT up, and the percentiles of the times.
 */
public final class TimedGets {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final IntFunction<String> authorization;

    /** @param authorization the Authorization header every request carries */
    public TimedGets(int port, String authorization) {
        this(port, i -> authorization);
    }

    /** @param authorization the Authorization header of the i-th request: many callers, each their own answer */
    public TimedGets(int port, IntFunction<String> authorization) {
        this.base = URI.create("http://localhost:" + port);
        this.authorization = authorization;
    }

    /** Milliseconds of {@code runs} GETs after {@code warmUp} untimed ones, sorted; any answer but 200 fails. */
    public List<Double> millis(int warmUp, int runs, IntFunction<String> path) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            HttpRequest get = HttpRequest.newBuilder(base.resolve(path.apply(i)))
                    .header("Authorization", authorization.apply(i)).GET().build();
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path.apply(i) + " answered " + answer.statusCode());
            }
            if (i >= warmUp) {
                millis.add(elapsed);
            }
        }
        Collections.sort(millis);
        return millis;
    }

    /** The percentile of sorted times (100: the maximum). */
    public static double percentile(List<Double> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * percentile / 100.0)));
    }
}
