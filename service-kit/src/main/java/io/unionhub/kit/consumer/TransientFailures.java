package io.unionhub.kit.consumer;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

import org.hibernate.StaleStateException;

/**
 * Which failures pass with time: the database away, overloaded or out of connections, a deadlock, a serialization
 * failure, a concurrent change of the same row, a lock or a query that timed out. The whole chain is searched,
 * suppressed exceptions included (a failure at commit arrives as one, suppressed by the transaction manager).
 */
final class TransientFailures {

    /** PostgreSQL: serialization failure, deadlock, lock not available, shutdown, idle timeout, too many connections. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03",
            "57P05", "53300");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toSee = new ArrayDeque<>();
        toSee.push(failure);
        while (!toSee.isEmpty()) {
            Throwable cause = toSee.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (isTransientItself(cause)) {
                return true;
            }
            if (cause.getCause() != null) {
                toSee.push(cause.getCause());
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                toSee.push(suppressed);
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable cause) {
        if (cause instanceof SQLTransientException || cause instanceof LockTimeoutException
                || cause instanceof PessimisticLockException || cause instanceof QueryTimeoutException
                || cause instanceof OptimisticLockException || cause instanceof StaleStateException
                || cause instanceof TimeoutException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state == null) {
                // the connection pool's own: no connection to be had in time
                return sql.getMessage() != null && sql.getMessage().toLowerCase(java.util.Locale.ROOT)
                        .contains("acquisition timeout");
            }
            // class 08 is the connection; 08P01 (a protocol violation) would fail again
            return (state.startsWith("08") && !state.equals("08P01")) || TRANSIENT_STATES.contains(state);
        }
        return false;
    }
}
