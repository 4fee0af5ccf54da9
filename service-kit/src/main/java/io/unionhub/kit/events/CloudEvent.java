package io.unionhub.kit.events;

import java.time.OffsetDateTime;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the envelope every UnionHub event travels in.
 *
 * @param subject the id of the aggregate the event is about (also the Kafka record key)
 * @param data    ids and business facts only, never sensitive personal data
 */
// extension attributes of other producers are allowed and ignored
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(String specversion, String id, String source, String type, String subject,
        OffsetDateTime time, String datacontenttype, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** The Kafka content-type header value of a structured-mode CloudEvent. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
    }

    public static CloudEvent of(String id, String source, String type, String subject, OffsetDateTime time,
            JsonNode data) {
        return new CloudEvent(SPEC_VERSION, id, source, type, subject, time, JSON, data);
    }
}
