package io.unionhub.ops.projection;

import io.unionhub.kit.events.CloudEvent;

/** How one program's events change the figures: one implementation per program, found by CDI. */
public interface ProgramProjection {

    /** The program whose events it reads, as in their type {@code unionhub.<program>.…}. */
    String program();

    /**
     * Records what the event changes; nothing when its type is not one this projection knows (the caller counts it).
     *
     * @return whether the type is known
     * @throws io.unionhub.kit.consumer.MalformedEventException when a known type's data cannot be read (nothing was
     *         recorded: read every field before recording)
     */
    boolean apply(CloudEvent event, EventData data, Changes changes);
}
