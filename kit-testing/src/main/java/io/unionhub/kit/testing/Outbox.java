package io.unionhub.kit.testing;

import java.util.List;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** What a service's outbox holds: the events it published, read in a transaction of their own. */
public final class Outbox {

    private final EntityManager entityManager;
    private final String prefix;

    /** @param program the program whose events these are, e.g. {@code training} */
    public Outbox(EntityManager entityManager, String program) {
        this.entityManager = entityManager;
        this.prefix = "unionhub." + program + ".";
    }

    /** The payloads (event data, JSON) of the events of this type (without the prefix) about this aggregate, oldest first. */
    @SuppressWarnings("unchecked")
    public List<String> payloads(String type, Object aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select payload::text from outbox where type = :type and aggregateid = :id order by sequence")
                .setParameter("type", prefix + type)
                .setParameter("id", aggregateId.toString())
                .getResultList());
    }

    /** The payload of the latest event of this type (without the prefix), about any aggregate. */
    @SuppressWarnings("unchecked")
    public java.util.Optional<String> latestPayload(String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<String>) entityManager.createNativeQuery(
                "select payload::text from outbox where type = :type order by sequence desc limit 1")
                .setParameter("type", prefix + type).getResultList()).stream().findFirst());
    }

    /** Every type the outbox holds (with the prefix). */
    @SuppressWarnings("unchecked")
    public List<String> typesEmitted() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select distinct type from outbox order by type").getResultList());
    }

    /** Waits until the relay has sent every pending row (a benchmark's timed part starts with the relay idle). */
    public void awaitDrained(java.time.Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox where published_at is null").getSingleResult())
                .longValue()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the outbox did not drain in " + atMost);
            }
            Thread.sleep(100);
        }
    }
}
