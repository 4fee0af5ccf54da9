package io.unionhub.kit.sample;

import java.util.UUID;

import io.unionhub.kit.events.EventType;

public final class ParcelEvents {

    public static final EventType<ParcelRegistered> REGISTERED =
            EventType.of("parcel", "parcel.registered.v1", ParcelRegistered.class);
    public static final EventType<ParcelWeighed> WEIGHED =
            EventType.of("parcel", "parcel.weighed.v1", ParcelWeighed.class);

    private ParcelEvents() {
    }

    public record ParcelRegistered(UUID parcelId, int weight) {
    }

    public record ParcelWeighed(UUID parcelId, int weight, int step) {
    }
}
