package io.unionhub.matchmaking.interest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.unionhub.kit.events.EventPublisher;
import io.unionhub.matchmaking.figures.Tally;

/**
 * Forms a match, however it came about (a like returned, an introduction both accepted, picks returned after a
 * mixer): one row per pair, an event, a count. The caller has checked the two may be matched.
 */
@ApplicationScoped
public class Matches {

    @Inject
    EntityManager entityManager;

    @Inject
    EventPublisher events;

    @Inject
    Tally tally;

    @Inject
    Clock clock;

    /** The new match's id; null when the two already have one (standing or ended by a block). */
    public UUID form(UUID one, UUID other) {
        UUID id = insert(one, other);
        if (id != null) {
            tally.add(Tally.Count.MATCHES, 1);
        }
        return id;
    }

    /** Forms the pairs (two profile ids each); answers how many were new. The count is added once, at the end. */
    public int formAll(List<Object[]> pairs) {
        int formed = 0;
        for (Object[] pair : pairs) {
            if (insert((UUID) pair[0], (UUID) pair[1]) != null) {
                formed++;
            }
        }
        tally.add(Tally.Count.MATCHES, formed);
        return formed;
    }

    private UUID insert(UUID one, UUID other) {
        UUID first = lower(one, other);
        UUID second = first.equals(one) ? other : one;
        UUID id = UUID.randomUUID();
        int formed = entityManager.createNativeQuery("""
                insert into match_pair (id, first_id, second_id, formed_at) values (:id, :first, :second, :at)
                on conflict (first_id, second_id) do nothing""").setParameter("id", id).setParameter("first", first)
                .setParameter("second", second).setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
        if (formed == 0) {
            return null;
        }
        events.publishForNewAggregate(MatchEvents.FORMED, id, new MatchEvents.MatchFormed(id, first, second));
        return id;
    }

    /**
     * The lower of two ids as PostgreSQL orders uuids (by their bytes, as their text sorts): a pair's first profile.
     * Not {@link UUID#compareTo}, which compares signed halves.
     */
    public static UUID lower(UUID one, UUID other) {
        return one.toString().compareTo(other.toString()) < 0 ? one : other;
    }
}
