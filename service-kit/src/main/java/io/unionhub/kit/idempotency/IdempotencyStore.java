package io.unionhub.kit.idempotency;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.scheduler.Scheduled;
import io.unionhub.kit.config.KitConfig;
import io.unionhub.kit.crypto.EncryptedString;

/**
 * The first answer to each (caller, Idempotency-Key), in the service's own database, written in the same transaction
 * as the request's state change: the key row is inserted first and stays uncommitted while the request runs, so a
 * concurrent duplicate waits on it (then replays the answer, or is told 409 after a short wait), and a request that
 * fails or crashes rolls back its changes and its key together. There is no "abandoned key" to guess about.
 * The stored answer is encrypted like every personal field.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** PostgreSQL's lock_not_available: the duplicate's wait for the first request ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** How long an instance from before this store waited before it took a key left unfinished as abandoned. */
    private static final java.time.Duration LEGACY_ABANDONED_AFTER = java.time.Duration.ofMinutes(5);
    /** A stored answer sealed by a key: {@code <key id>:} first. */
    private static final java.util.regex.Pattern SEALED = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,16}:");

    @Inject
    EntityManager entityManager;

    @Inject
    KitConfig config;

    private final EncryptedString cipher = new EncryptedString();

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

    /**
     * Takes the key for this request within the caller's transaction, or says why not. After anything but
     * {@link Proceed} the caller rolls the transaction back.
     */
    @Transactional(TxType.MANDATORY)
    public Claim claim(String caller, String key, String method, String path, String requestHash) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int inserted;
        String previousLockTimeout = (String) entityManager.createNativeQuery("select current_setting('lock_timeout')")
                .getSingleResult();
        try {
            // waits for a concurrent first request holding the same key, at most this long
            setLockTimeout(config.idempotency().waitForFirst().toMillis() + "ms");
            // a key past its retention is free again; so is one an instance from before this store kept its answer
            // in the request's transaction left unfinished (a crash then): it waited 5 minutes before reuse
            entityManager.createNativeQuery("""
                    delete from idempotency_key where caller = :caller and idempotency_key = :key
                    and (created_at < :expired or (completed_at is null and created_at < :abandoned))""")
                    .setParameter("caller", caller).setParameter("key", key)
                    .setParameter("expired", now.minus(config.idempotency().retention()))
                    .setParameter("abandoned", now.minus(LEGACY_ABANDONED_AFTER))
                    .executeUpdate();
            inserted = entityManager.createNativeQuery("""
                    insert into idempotency_key (caller, idempotency_key, method, path, request_hash, created_at)
                    values (:caller, :key, :method, :path, :hash, :now) on conflict do nothing""")
                    .setParameter("caller", caller).setParameter("key", key).setParameter("method", method)
                    .setParameter("path", path).setParameter("hash", requestHash).setParameter("now", now)
                    .executeUpdate();
            setLockTimeout(previousLockTimeout);
        } catch (PersistenceException e) {
            if (isLockTimeout(e)) {
                return new InProgress();
            }
            throw e;
        }
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
            return new InProgress(); // forgotten by the clean-up a moment ago: the client may retry
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            return new ReusedForOtherRequest();
        }
        if (row[1] == null) {
            return new InProgress(); // a request of an instance from before this store, still running
        }
        String stored = (String) row[4];
        // an answer kept before answers were encrypted is replayed as it was kept
        String body = stored == null || !SEALED.matcher(stored).lookingAt() ? stored
                : cipher.convertToEntityAttribute(stored);
        return new Replay(((Number) row[1]).intValue(), (String) row[2], (String) row[3], body);
    }

    /** Keeps the answer of a request that succeeded, in its transaction, to replay it. */
    @Transactional(TxType.MANDATORY)
    public void complete(String caller, String key, int status, String contentType, String location, String body) {
        entityManager.createNativeQuery("""
                update idempotency_key set status = :status, content_type = :contentType, location = :location,
                body = :body, completed_at = :now where caller = :caller and idempotency_key = :key""")
                .setParameter("status", status).setParameter("contentType", contentType)
                .setParameter("location", location)
                .setParameter("body", body == null ? null : cipher.convertToDatabaseColumn(body))
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
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

    private void setLockTimeout(String timeout) {
        entityManager.createNativeQuery("select set_config('lock_timeout', :timeout, true)")
                .setParameter("timeout", timeout).getSingleResult();
    }

    private static boolean isLockTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
