package io.unionhub.kit.sample;

import java.util.UUID;

public final class ParcelEvents {

    public static final String REGISTERED = "parcel.registered.v1";
    public static final String WEIGHED = "parcel.weighed.v1";

    private ParcelEvents() {
    }

    public record ParcelRegistered(UUID parcelId, int weight) {
    }

    public record ParcelWeighed(UUID parcelId, int weight, int step) {
    }
}
