package io.unionhub.gateway.partner;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;

/**
 * The partner clients' register and their token exchange. Union staff register a client for an agency and get its
 * secret once; a rotation replaces the secret (the old one stops working at once, tokens already issued run out); a
 * revocation refuses the client's secret and every token it holds at once.
 */
@ApplicationScoped
public class PartnerClientService {

    private static final Logger LOG = Logger.getLogger(PartnerClientService.class);
    /** Compared against when the client id is unknown, so that a refusal takes as long either way. */
    private static final byte[] NO_CLIENT = PartnerSecrets.hash("no client");

    @Inject
    PartnerTokens tokens;

    @Inject
    Event<Revoked> revocations;

    /** A client revoked, told to those who remember its standing once the revocation is committed. */
    public record Revoked(UUID clientId) {
    }

    /** A client with its secret in clear: the only time the secret is shown. */
    public record WithSecret(PartnerClient client, String secret) {
    }

    public record Page(List<PartnerClient> items, long total) {
    }

    @Transactional
    public WithSecret register(String agency, String name, String registeredBy) {
        PartnerClient client = new PartnerClient();
        client.id = UUID.randomUUID();
        client.agency = agency;
        client.name = name;
        client.status = PartnerClient.Status.ACTIVE;
        client.createdAt = now();
        client.createdBy = registeredBy;
        client.secretRotatedAt = client.createdAt;
        String secret = PartnerSecrets.newSecret();
        client.secretHash = PartnerSecrets.hash(secret);
        client.persist();
        LOG.infof("partner client %s registered for agency %s by %s", client.id, agency, registeredBy);
        return new WithSecret(client, secret);
    }

    @Transactional
    public Page list(int page, int size) {
        var query = PartnerClient.<PartnerClient>findAll(Sort.by("createdAt").and("id"));
        return new Page(query.page(page, size).list(), query.count());
    }

    @Transactional
    public PartnerClient get(UUID id) {
        return found(PartnerClient.findById(id), id);
    }

    @Transactional
    public WithSecret rotate(UUID id, String rotatedBy) {
        PartnerClient client = found(PartnerClient.locked(id), id);
        if (!client.isActive()) {
            throw ProblemException.conflict("partner-client.revoked", id);
        }
        String secret = PartnerSecrets.newSecret();
        client.secretHash = PartnerSecrets.hash(secret);
        client.secretRotatedAt = now();
        LOG.infof("partner client %s: secret rotated by %s", id, rotatedBy);
        return new WithSecret(client, secret);
    }

    /** Revokes the client; revoking a revoked client changes nothing (the first revocation's record stays). */
    @Transactional
    public PartnerClient revoke(UUID id, String revokedBy) {
        PartnerClient client = found(PartnerClient.locked(id), id);
        if (client.isActive()) {
            client.status = PartnerClient.Status.REVOKED;
            client.revokedAt = now();
            client.revokedBy = revokedBy;
            LOG.infof("partner client %s revoked by %s", id, revokedBy);
            revocations.fire(new Revoked(id));
        }
        return client;
    }

    /** A token for the client whose id and secret these are, or none when they are not an active client's. */
    @Transactional
    public Optional<PartnerTokens.Issued> exchange(UUID clientId, String secret) {
        PartnerClient client = PartnerClient.findById(clientId);
        boolean secretMatches = PartnerSecrets.matches(secret, client == null ? NO_CLIENT : client.secretHash);
        if (client == null || !secretMatches || !client.isActive()) {
            return Optional.empty();
        }
        return Optional.of(tokens.issue(client));
    }

    /** Whether tokens issued to this client are still good: it exists and has not been revoked. */
    @Transactional
    public boolean isActive(UUID clientId) {
        PartnerClient client = PartnerClient.findById(clientId);
        return client != null && client.isActive();
    }

    private static PartnerClient found(PartnerClient client, UUID id) {
        if (client == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "partner-client.not-found", id);
        }
        return client;
    }

    private static OffsetDateTime now() {
        // as stored: PostgreSQL keeps microseconds, and an answer should not show more than a later read will
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
