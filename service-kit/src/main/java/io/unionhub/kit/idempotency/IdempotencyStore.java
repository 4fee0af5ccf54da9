package io.unionhub.kit.idempotency;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.scheduler.Scheduled;
import io.unionhub.kit.config.KitConfig;

/**
 * The first answer to each (caller, Idempotency-Key), in the service's own database. Each step commits on its own,
 * so a concurrent duplicate sees the key taken while the first request is still running.
 */
@ApplicationScoped
public class IdempotencyStore {

    @Inject
    EntityManager entityManager;

    @Inject
    KitConfig config;

    /** What a POST with a key should do. */
    public sealed interface Claim permits Proceed, Replay, InProgress, ReusedForOtherRequest {
    }

    public record Proceed() implements Claim {
    }

    public record Replay(int status, String contentType, String location, String body) implements Claim {
    }

    public record InProgress() implements Claim {
    }

    public record ReusedForOtherRequest() implements Claim {
    }

    /** Takes the key for this request, or says why not. */
    @Transactional(TxType.REQUIRES_NEW)
    public Claim claim(String caller, String key, String method, String path, String requestHash) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // a key past its retention, or abandoned by a request that never finished, is free again
        entityManager.createNativeQuery("""
                delete from idempotency_key where caller = :caller and idempotency_key = :key
                and (created_at < :expired or (completed_at is null and created_at < :abandoned))""")
                .setParameter("caller", caller).setParameter("key", key)
                .setParameter("expired", now.minus(config.idempotency().retention()))
                .setParameter("abandoned", now.minus(config.idempotency().abandonedAfter()))
                .executeUpdate();
        int inserted = entityManager.createNativeQuery("""
                insert into idempotency_key (caller, idempotency_key, method, path, request_hash, created_at)
                values (:caller, :key, :method, :path, :hash, :now) on conflict do nothing""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("method", method)
                .setParameter("path", path).setParameter("hash", requestHash).setParameter("now", now)
                .executeUpdate();
        if (inserted == 1) {
            return new Proceed();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select request_hash, status, content_type, location, body from idempotency_key
                where caller = :caller and idempotency_key = :key""")
                .setParameter("caller", caller).setParameter("key", key)
                .getResultList();
        if (rows.isEmpty()) {
            return new InProgress(); // released by the first request a moment ago: the client may retry
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            return new ReusedForOtherRequest();
        }
        if (row[1] == null) {
            return new InProgress();
        }
        return new Replay(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]);
    }

    /** Keeps the answer of a request that succeeded, to replay it. */
    @Transactional(TxType.REQUIRES_NEW)
    public void complete(String caller, String key, int status, String contentType, String location, String body) {
        entityManager.createNativeQuery("""
                update idempotency_key set status = :status, content_type = :contentType, location = :location,
                body = :body, completed_at = :now where caller = :caller and idempotency_key = :key""")
                .setParameter("status", status).setParameter("contentType", contentType)
                .setParameter("location", location).setParameter("body", body)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("caller", caller).setParameter("key", key)
                .executeUpdate();
    }

    /** Frees the key of a request that failed: it changed nothing, so the client may retry with the same key. */
    @Transactional(TxType.REQUIRES_NEW)
    public void release(String caller, String key) {
        entityManager.createNativeQuery("delete from idempotency_key where caller = :caller and idempotency_key = :key")
                .setParameter("caller", caller).setParameter("key", key)
                .executeUpdate();
    }

    @Scheduled(every = "${unionhub.idempotency.cleanup-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledForgetExpired() {
        forgetExpired();
    }

    @Transactional
    public int forgetExpired() {
        return entityManager.createNativeQuery("delete from idempotency_key where created_at < :expired")
                .setParameter("expired", OffsetDateTime.now(ZoneOffset.UTC).minus(config.idempotency().retention()))
                .executeUpdate();
    }
}
