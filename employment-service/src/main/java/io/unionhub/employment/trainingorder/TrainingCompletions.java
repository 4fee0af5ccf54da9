package io.unionhub.employment.trainingorder;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.unionhub.kit.consumer.IdempotentConsumer;
import io.unionhub.kit.consumer.MalformedEventException;
import io.unionhub.kit.events.CloudEvent;

/**
 * Consumes training-service's events: a completed track ({@code cadre.track-completed.v1}) graduates the trainees
 * linked to that cadre. Another version of the completion is dead-lettered (to be replayed once this consumer reads
 * it); every other training event is skipped (recorded as seen, nothing done).
 */
@ApplicationScoped
public class TrainingCompletions {

    static final String CONSUMER = "employment-training-graduates";
    static final String TRACK_COMPLETED = "unionhub.training.cadre.track-completed.v1";
    private static final String ANY_TRACK_COMPLETED = "unionhub.training.cadre.track-completed.";
    private static final Logger LOG = Logger.getLogger(TrainingCompletions.class);

    /** The fields of training-service's event this consumer needs; any others are ignored, so it may grow. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrackCompleted(UUID cadreId, UUID trackId, String certificateNumber) {
    }

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    TrainingOrderService orders;

    @Inject
    ObjectMapper objectMapper;

    @Incoming("training-events")
    @Blocking
    public void on(String value) {
        idempotent.consume(CONSUMER, value, this::apply);
    }

    private void apply(CloudEvent event) {
        if (event.type().startsWith(ANY_TRACK_COMPLETED) && !TRACK_COMPLETED.equals(event.type())) {
            // a version this consumer does not read yet: dead-lettered, to be replayed once it does, not lost
            throw new MalformedEventException("an unknown version of the track completion: " + event.type(), null);
        }
        if (!TRACK_COMPLETED.equals(event.type())) {
            return;
        }
        TrackCompleted completed = data(event);
        int graduated = orders.graduateFromTrainingService(completed.cadreId(), completed.trackId(),
                completed.certificateNumber());
        if (graduated > 0) {
            LOG.infof("Training completion %s graduated %d trainee(s)", event.id(), graduated);
        }
    }

    private TrackCompleted data(CloudEvent event) {
        try {
            TrackCompleted completed = objectMapper.treeToValue(event.data(), TrackCompleted.class);
            if (completed == null || completed.cadreId() == null || completed.trackId() == null) {
                throw new MalformedEventException("a track completion without cadreId or trackId", null);
            }
            return completed;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("not a track completion: " + e.getClass().getSimpleName(), e);
        }
    }
}
