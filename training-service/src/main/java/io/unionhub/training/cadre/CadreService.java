package io.unionhub.training.cadre;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;

@ApplicationScoped
public class CadreService {

    static final int IMPORT_TIMEOUT_SECONDS = 300;

    /** A cadre is trained once they completed the track their role requires. */
    public static final String TRAINED = """
            exists (select 1 from completion k join track t on t.id = k.track_id
                    where k.cadre_id = c.id and t.required_for_roles @> jsonb_build_array(c.role))""";

    @Inject
    EventPublisher events;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    public record NewCadre(String memberId, String name, String unionUnit, UnitType unitType, String district,
            CadreRole role, LocalDate appointedOn) {
    }

    public record CadreFilter(String unionUnit, String district, CadreRole role, Boolean trained) {
    }

    @Transactional
    public Cadre register(NewCadre request) {
        if (Cadre.byMemberId(request.memberId()) != null) {
            throw ProblemException.conflict("cadre.member-id.taken", request.memberId());
        }
        return persist(request);
    }

    /**
     * Registers every cadre in one transaction (time for 20,000 of them, unless it joins the one of an
     * Idempotency-Key, which has its own limit: a timeout can only be set where a transaction begins); the caller has
     * checked them all.
     */
    public int registerAll(List<NewCadre> cadres) {
        return QuarkusTransaction.joiningExisting().timeout(IMPORT_TIMEOUT_SECONDS).call(() -> {
            int written = 0;
            for (NewCadre cadre : cadres) {
                persist(cadre);
                if (++written % 500 == 0) {
                    // keep the session small on imports of thousands
                    entityManager.flush();
                    entityManager.clear();
                }
            }
            return written;
        });
    }

    private Cadre persist(NewCadre request) {
        Cadre cadre = new Cadre();
        cadre.id = UUID.randomUUID();
        cadre.memberId = request.memberId();
        cadre.name = request.name();
        cadre.unionUnit = request.unionUnit();
        cadre.unitType = request.unitType();
        cadre.district = request.district();
        cadre.role = request.role();
        cadre.appointedOn = request.appointedOn();
        cadre.registeredAt = OffsetDateTime.now(clock);
        cadre.persist();
        events.publishForNewAggregate(CadreEvents.REGISTERED, cadre.id, new CadreEvents.CadreRegistered(
                cadre.id, cadre.role, cadre.unitType, cadre.district, cadre.newlyAppointed(LocalDate.now(clock))));
        return cadre;
    }

    public Cadre find(UUID id) {
        return ProblemException.requireFound(Cadre.findById(id), "cadre", id);
    }

    /** The cadre a token's subject belongs to. */
    public Cadre ofMember(String memberId) {
        Cadre cadre = Cadre.byMemberId(memberId);
        if (cadre == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "cadre.member-not-registered", memberId);
        }
        return cadre;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Member ids already registered, out of those given. */
    @SuppressWarnings("unchecked")
    public List<String> registeredMemberIds(List<String> memberIds) {
        List<String> found = new ArrayList<>();
        for (int from = 0; from < memberIds.size(); from += 1000) {
            found.addAll(entityManager.createNativeQuery("select member_id from cadre where member_id in (:ids)")
                    .setParameter("ids", memberIds.subList(from, Math.min(memberIds.size(), from + 1000)))
                    .getResultList());
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    public PageOf<Cadre> list(CadreFilter filter, PageParams page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (filter.unionUnit() != null) {
            where.append(" and c.union_unit = :unit");
            params.put("unit", filter.unionUnit());
        }
        if (filter.district() != null) {
            where.append(" and c.district = :district");
            params.put("district", filter.district());
        }
        if (filter.role() != null) {
            where.append(" and c.role = :role");
            params.put("role", filter.role().name());
        }
        if (filter.trained() != null) {
            where.append(filter.trained() ? " and " : " and not ").append(TRAINED);
        }
        var select = entityManager.createNativeQuery(
                "select c.* from cadre c" + where + " order by c.district, c.union_unit, c.member_id", Cadre.class);
        var count = entityManager.createNativeQuery("select count(*) from cadre c" + where);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Cadre> items = select.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                .getResultList();
        return new PageOf<>(items, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }
}
