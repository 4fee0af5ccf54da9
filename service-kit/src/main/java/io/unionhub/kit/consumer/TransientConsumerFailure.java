package io.unionhub.kit.consumer;

/**
 * A side effect that failed for a reason that passes (the database away, a deadlock, a lock not granted in time):
 * {@link IdempotentConsumer} tries the event again, backing off, and never dead-letters it.
 */
public class TransientConsumerFailure extends RuntimeException {

    public TransientConsumerFailure(Throwable cause) {
        super(cause);
    }
}
