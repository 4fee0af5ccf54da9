package io.unionhub.kit.consumer;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

import org.hibernate.StaleStateException;

import io.unionhub.kit.problem.Causes;

/**
 * Which failures pass with time: the database away, overloaded or out of connections, a deadlock, a serialization
 * failure, a concurrent change of the same row, a lock or a query that timed out, anywhere in the chain
 * ({@link Causes}).
 */
final class TransientFailures {

    /** PostgreSQL: serialization failure, deadlock, lock not available, shutdown, idle timeout, too many connections. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03",
            "57P05", "53300");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        return Causes.find(failure, TransientFailures::isTransientItself).isPresent();
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
