package io.unionhub.employment.seeker;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.unionhub.employment.trade.Trades;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;

/** The seeker register: one record per member, trades from the classification, names and phones encrypted. */
@ApplicationScoped
public class SeekerService {

    static final int IMPORT_TIMEOUT_SECONDS = 300;
    /** The most skills a profile holds (a request's limit too). */
    public static final int MAX_SKILLS = 20;

    @Inject
    EventPublisher events;

    @Inject
    EntityManager entityManager;

    @Inject
    Trades trades;

    @Inject
    Clock clock;

    /** What a survey, the app or a walk-in registration says about a seeker. */
    public record SeekerProfile(String name, String phone, String district, String township, String village,
            List<String> wantedTrades, List<String> skills, List<String> certificates, LocalDate earliestStart,
            boolean gigWanted, List<TargetGroup> targetGroups) {
    }

    public record SeekerFilter(String district, String trade, TargetGroup targetGroup, Boolean gigWanted) {
    }

    @Transactional
    public Seeker register(String memberId, SeekerProfile profile, RegisteredBy by) {
        trades.requireKnown("wantedTrades", profile.wantedTrades());
        if (memberId != null && Seeker.byMemberId(memberId) != null) {
            throw ProblemException.conflict("seeker.member-id.taken", memberId);
        }
        return persist(memberId, profile, by);
    }

    /**
     * Registers every seeker of an import in one transaction (time for 20,000 of them, unless it joins the one of an
     * Idempotency-Key, which has its own limit); the caller has checked them all.
     */
    public int registerAll(List<SeekerProfile> seekers, RegisteredBy by) {
        return QuarkusTransaction.joiningExisting().timeout(IMPORT_TIMEOUT_SECONDS).call(() -> {
            int written = 0;
            for (SeekerProfile seeker : seekers) {
                persist(null, seeker, by);
                if (++written % 500 == 0) {
                    entityManager.flush();
                    entityManager.clear();
                }
            }
            return written;
        });
    }

    private Seeker persist(String memberId, SeekerProfile profile, RegisteredBy by) {
        Seeker seeker = new Seeker();
        seeker.id = UUID.randomUUID();
        seeker.memberId = memberId;
        seeker.registeredBy = by;
        seeker.registeredAt = OffsetDateTime.now(clock);
        apply(seeker, profile);
        seeker.persist();
        events.publishForNewAggregate(SeekerEvents.REGISTERED, seeker.id, new SeekerEvents.SeekerRegistered(seeker.id,
                seeker.district, seeker.wantedTrades, seeker.gigWanted, by));
        return seeker;
    }

    /** Replaces the profile (a worker editing their own, or staff correcting a survey). No event: nothing new happened. */
    @Transactional
    public Seeker update(UUID id, SeekerProfile profile) {
        trades.requireKnown("wantedTrades", profile.wantedTrades());
        Seeker seeker = find(id);
        apply(seeker, profile);
        return seeker;
    }

    private static void apply(Seeker seeker, SeekerProfile profile) {
        seeker.name = profile.name();
        seeker.phone = profile.phone();
        seeker.district = profile.district();
        seeker.township = profile.township();
        seeker.village = profile.village();
        seeker.wantedTrades = distinct(profile.wantedTrades());
        seeker.skills = distinct(profile.skills());
        seeker.certificates = distinct(profile.certificates());
        seeker.earliestStart = profile.earliestStart();
        seeker.gigWanted = profile.gigWanted();
        seeker.targetGroups = distinct(profile.targetGroups());
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    /** Adds what a graduate learnt to their skills (order-based training); the seeker's row is locked first. */
    @Transactional
    public Seeker addSkills(UUID seekerId, List<String> learnt) {
        Seeker seeker = ProblemException.requireFound(Seeker.findById(seekerId, LockModeType.PESSIMISTIC_WRITE),
                "seeker", seekerId);
        LinkedHashSet<String> skills = new LinkedHashSet<>(seeker.skills);
        // what was just learnt goes last, even a skill they had: the cap below keeps the newest
        learnt.forEach(skills::remove);
        skills.addAll(learnt);
        // as many as a profile holds, the newest kept: what was just learnt matters most to the next employer
        List<String> all = List.copyOf(skills);
        seeker.skills = all.subList(Math.max(0, all.size() - MAX_SKILLS), all.size());
        return seeker;
    }

    public Seeker find(UUID id) {
        return ProblemException.requireFound(Seeker.findById(id), "seeker", id);
    }

    /** The seeker a request field names; a 400 naming the field when there is none. */
    public Seeker referenced(String field, UUID id) {
        return ProblemException.requireReferenced(Seeker.findById(id), field, "seeker", id);
    }

    /**
     * Locks the row of the seeker a request field names, for the transaction (a 400 naming the field when there is
     * none). The row is not loaded: its name and phone need not be decrypted to be locked.
     */
    public void lockReferenced(String field, UUID id) {
        if (entityManager.createNativeQuery("select 1 from seeker where id = :id for no key update").setParameter("id", id)
                .getResultList().isEmpty()) {
            throw ProblemException.unknownReference(field, "seeker", id);
        }
    }

    public Seeker ofMember(String memberId) {
        Seeker seeker = Seeker.byMemberId(memberId);
        if (seeker == null) {
            throw new ProblemException(io.unionhub.kit.problem.ProblemType.NOT_FOUND, "seeker.member-not-registered",
                    memberId);
        }
        return seeker;
    }

    @SuppressWarnings("unchecked")
    public PageOf<Seeker> list(SeekerFilter filter, PageParams page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.district() != null) {
            where.append(" and s.district = :district");
            params.put("district", filter.district());
        }
        if (filter.trade() != null) {
            where.append(" and s.wanted_trades @> jsonb_build_array(cast(:trade as text))");
            params.put("trade", filter.trade());
        }
        if (filter.targetGroup() != null) {
            where.append(" and s.target_groups @> jsonb_build_array(cast(:group as text))");
            params.put("group", filter.targetGroup().name());
        }
        if (filter.gigWanted() != null) {
            where.append(" and s.gig_wanted = :gig");
            params.put("gig", filter.gigWanted());
        }
        var select = entityManager.createNativeQuery(
                "select s.* from seeker s" + where + " order by s.registered_at desc, s.id", Seeker.class);
        var count = entityManager.createNativeQuery("select count(*) from seeker s" + where);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Seeker> items = select.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                .getResultList();
        return new PageOf<>(items, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }
}
