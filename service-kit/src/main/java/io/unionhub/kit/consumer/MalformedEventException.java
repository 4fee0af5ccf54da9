package io.unionhub.kit.consumer;

/** A record that is not a CloudEvent: retrying cannot help, it goes to the dead-letter topic at once. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
