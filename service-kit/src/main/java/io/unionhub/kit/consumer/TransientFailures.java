package io.unionhub.kit.consumer;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

/** Which failures pass with time: the database away or overloaded, a deadlock, a lock or a query that timed out. */
final class TransientFailures {

    /** PostgreSQL: serialization failure, deadlock, lock not available, shutdown, too many connections. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03",
            "53300");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof LockTimeoutException
                    || cause instanceof PessimisticLockException || cause instanceof QueryTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
