package io.unionhub.kit.consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void aDeadlockFoundAtCommitIsTransientThoughOnlySuppressed() {
        RuntimeException rollback = new RuntimeException("transaction rolled back");
        rollback.addSuppressed(new RuntimeException(new SQLException("deadlock detected", "40P01")));
        assertTrue(TransientFailures.isTransient(new IllegalStateException(rollback)));
    }

    @Test
    void theDatabaseAwayOrThePoolEmptyOrAConcurrentChangeIsTransient() {
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(TransientFailures.isTransient(new OptimisticLockException("row changed")));
    }

    @Test
    void aBugARuleOrAProtocolViolationIsNot() {
        assertFalse(TransientFailures.isTransient(new IllegalStateException("a bug")));
        assertFalse(TransientFailures.isTransient(new RuntimeException(new SQLException("not null", "23502"))));
        assertFalse(TransientFailures.isTransient(new RuntimeException(new SQLException("protocol", "08P01"))));
    }

    @Test
    void aCycleInTheChainEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.addSuppressed(second);
        assertFalse(TransientFailures.isTransient(second));
    }
}
