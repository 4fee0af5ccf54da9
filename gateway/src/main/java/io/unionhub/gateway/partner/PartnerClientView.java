package io.unionhub.gateway.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A partner client as union staff see it; {@code clientSecret} only in the answer that created it (registration,
 * rotation), never again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerClientView(UUID clientId, String agency, String name, PartnerClient.Status status,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime secretRotatedAt, OffsetDateTime revokedAt,
        String revokedBy, String clientSecret) {

    static PartnerClientView of(PartnerClient client) {
        return new PartnerClientView(client.id, client.agency, client.name, client.status, client.createdAt,
                client.createdBy, client.secretRotatedAt, client.revokedAt, client.revokedBy, null);
    }

    static PartnerClientView of(PartnerClientService.WithSecret issued) {
        PartnerClient client = issued.client();
        return new PartnerClientView(client.id, client.agency, client.name, client.status, client.createdAt,
                client.createdBy, client.secretRotatedAt, client.revokedAt, client.revokedBy, issued.secret());
    }
}
