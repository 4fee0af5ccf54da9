package io.unionhub.kit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Several replicas of a service running the same round at the same moment (a scheduled job, say), as threads. */
public final class Replicas {

    private Replicas() {
    }

    /** Runs the round on {@code replicas} threads released together; answers each one's result. */
    public static <T> List<T> runAtOnce(int replicas, Supplier<T> round) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<CompletableFuture<T>> rounds = new ArrayList<>();
            for (int r = 0; r < replicas; r++) {
                rounds.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return round.get();
                }, pool));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (CompletableFuture<T> result : rounds) {
                results.add(result.get(1, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
