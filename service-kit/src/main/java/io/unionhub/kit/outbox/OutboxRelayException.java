package io.unionhub.kit.outbox;

/** Kafka did not take an outbox row; it stays pending and the relay tries again. */
public class OutboxRelayException extends RuntimeException {

    public OutboxRelayException(String message, Throwable cause) {
        super(message, cause);
    }
}
