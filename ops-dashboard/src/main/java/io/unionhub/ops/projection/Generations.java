package io.unionhub.ops.projection;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import io.unionhub.kit.problem.ProblemException;
import io.unionhub.ops.projection.Generation.State;

/** Which generations exist, which one answers, and the moves of a rebuild between them. */
@ApplicationScoped
public class Generations {

    private static final Logger LOG = Logger.getLogger(Generations.class);
    /** A rebuild whose heartbeat is older than this was abandoned (its process stopped). */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final Duration RETIRED_KEPT_FOR = Duration.ofMinutes(1);
    private static final int DELETE_CHUNK = 10_000;

    @Inject
    EntityManager entityManager;

    /** The generation every read answers from. */
    public int live() {
        return entityManager.createQuery("select g.id from Generation g where g.state = :live", Integer.class)
                .setParameter("live", State.LIVE).getSingleResult();
    }

    /** The generations live events go to: the live one and a rebuild's. */
    public List<Generation> fed() {
        return Generation.list("state in ?1", List.of(State.LIVE, State.BUILDING));
    }

    public Generation find(int id) {
        Generation generation = Generation.findById(id);
        if (generation == null) {
            throw ProblemException.notFound("rebuild", id);
        }
        return generation;
    }

    /** A new generation to rebuild into; refused while another rebuild runs (one abandoned is marked failed). */
    @Transactional
    public Generation startBuilding() {
        // two starts at once: the second waits here, then sees the first's generation (row locks would not show it)
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext('ops-rebuild'))").getSingleResult();
        List<Generation> all = Generation.findAll().withLock(LockModeType.PESSIMISTIC_WRITE).list();
        OffsetDateTime now = OffsetDateTime.now();
        for (Generation generation : all) {
            if (generation.state == State.BUILDING) {
                if (generation.heartbeatAt.isAfter(now.minus(ABANDONED_AFTER))) {
                    throw ProblemException.conflict("rebuild.running", generation.id);
                }
                LOG.warnf("rebuild %d abandoned (no progress since %s)", generation.id, generation.heartbeatAt);
                generation.state = State.FAILED;
                generation.failure = "abandoned: its process stopped";
                generation.finishedAt = now;
            }
        }
        entityManager.flush(); // the one-building index: the abandoned one steps down before the insert
        Generation building = new Generation();
        building.id = all.stream().mapToInt(g -> g.id).max().orElse(0) + 1;
        building.state = State.BUILDING;
        building.startedAt = now;
        building.heartbeatAt = now;
        building.persist();
        return building;
    }

    @Transactional
    public void progressed(int generation, int events) {
        entityManager.createQuery("""
                update Generation g set g.events = g.events + :events, g.heartbeatAt = :now
                where g.id = :id and g.state = :building""")
                .setParameter("events", (long) events).setParameter("now", OffsetDateTime.now())
                .setParameter("id", generation).setParameter("building", State.BUILDING).executeUpdate();
    }

    /** The rebuilt generation answers from now on; the one it replaces is retired. */
    @Transactional
    public void promote(int generation) {
        Generation building = Generation.findById(generation, LockModeType.PESSIMISTIC_WRITE);
        if (building == null || building.state != State.BUILDING) {
            throw new IllegalStateException("generation " + generation + " is no longer being built");
        }
        Generation live = Generation.<Generation>find("state", State.LIVE).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        OffsetDateTime now = OffsetDateTime.now();
        live.state = State.RETIRED;
        live.finishedAt = now;
        entityManager.flush(); // the one-live index: the old one steps down first
        building.state = State.LIVE;
        building.finishedAt = now;
    }

    @Transactional
    public void failed(int generation, String reason) {
        Generation building = Generation.findById(generation, LockModeType.PESSIMISTIC_WRITE);
        if (building != null && building.state == State.BUILDING) {
            building.state = State.FAILED;
            building.failure = reason;
            building.finishedAt = OffsetDateTime.now();
        }
    }

    /**
     * Deletes the rows of generations retired or failed more than a minute ago (the generation rows stay, as a history
     * of rebuilds): a reader that took the old generation just before a swap still finds its rows, and rows a live
     * batch wrote into it while it was being retired go at the next round. In chunks, each its own transaction.
     */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteRetiredRows() {
        List<Integer> gone = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select g.id from Generation g where g.state in :gone and g.finishedAt < :before", Integer.class)
                .setParameter("gone", List.of(State.RETIRED, State.FAILED))
                .setParameter("before", OffsetDateTime.now().minus(RETIRED_KEPT_FOR)).getResultList());
        for (Integer generation : gone) {
            for (String table : List.of("tally", "watermark", "cadre_coverage", "work_order")) {
                deleteInChunks("delete from " + table + " where ctid in (select ctid from " + table
                        + " where generation = :key limit " + DELETE_CHUNK + ")", generation);
            }
            deleteInChunks("delete from processed_event where ctid in (select ctid from processed_event"
                    + " where consumer = :key limit " + DELETE_CHUNK + ")", Generation.consumerScope(generation));
        }
    }

    private void deleteInChunks(String statement, Object key) {
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(statement)
                    .setParameter("key", key).executeUpdate());
        } while (deleted == DELETE_CHUNK);
    }
}
