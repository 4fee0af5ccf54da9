package io.unionhub.kit.consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * When the consumers' failure strategy dead-letters. Its dead-lettering itself is the connector's, exercised end to
 * end by {@code IdempotentConsumerTest} (the kit's test channel uses this strategy).
 */
class DeadLetterUnlessStoppingTest {

    private final DeadLetterUnlessStopping strategy = new DeadLetterUnlessStopping();

    @Test
    void whileRunningEveryFailureIsDeadLetteredNeverHeld() {
        assertTrue(strategy.deadLetters());
    }

    @Test
    void onceStoppingNothingIsDeadLettered() {
        strategy.onStop(null);
        assertFalse(strategy.deadLetters());
    }
}
