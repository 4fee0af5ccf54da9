package io.unionhub.kit.consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/** What the consumers' failure strategy sends to the dead-letter topic, and what it leaves for redelivery. */
class DeadLetterUnlessStoppingTest {

    private final DeadLetterUnlessStopping strategy = new DeadLetterUnlessStopping();

    @Test
    void whatCanNeverSucceedIsDeadLettered() {
        assertTrue(strategy.deadLetters(new MalformedEventException("not a CloudEvent", null)));
        assertTrue(strategy.deadLetters(new IllegalStateException("a rule rejects the event")));
    }

    @Test
    void aRetryCutShortIsNotDeadLettered() {
        assertFalse(strategy.deadLetters(new TransientConsumerFailure(new SQLTransientConnectionException("away"))));
        assertFalse(strategy.deadLetters(new RuntimeException("interrupted",
                new TransientConsumerFailure(new SQLTransientConnectionException("away")))));
    }

    @Test
    void onceStoppingNothingIsDeadLettered() {
        strategy.onStop(null);
        assertFalse(strategy.deadLetters(new MalformedEventException("not a CloudEvent", null)));
    }
}
