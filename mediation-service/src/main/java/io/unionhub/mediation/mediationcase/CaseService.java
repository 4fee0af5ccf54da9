package io.unionhub.mediation.mediationcase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.rest.Filters;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.mediation.centre.Centre;
import io.unionhub.mediation.config.MediationConfig;
import io.unionhub.mediation.mediationcase.CaseEvents.Advice;
import io.unionhub.mediation.mediator.Mediator;
import io.unionhub.mediation.numbering.SerialNumbers;
import io.unionhub.mediation.numbering.SerialNumbers.Series;
import io.unionhub.mediation.workorder.Category;
import io.unionhub.mediation.workorder.WorkOrder;

/**
 * Mediation cases: opened from a labour-dispute work order or directly, under the 15-day clock; a mediator who has
 * declared no conflict of interest takes it; sessions; an agreement binding once both parties and the mediator sign
 * it; no agreement, or the clock running out, sends the parties to arbitration; an agreement's performance. A case's
 * row is locked while it changes, so the clock's lapse and a last signature cannot both win.
 */
@ApplicationScoped
public class CaseService {

    @Inject
    EventPublisher events;

    @Inject
    SerialNumbers numbers;

    @Inject
    LegalClock legalClock;

    @Inject
    MediationConfig config;

    @Inject
    Clock clock;

    /** Who acts: a member, and whether as union staff (who may act for a case's mediator, but never sign for them). */
    public record Actor(String memberId, boolean staff) {
    }

    public record Parties(String workerMemberId, String workerName, String workerPhone, String employerName,
            String employerCreditCode) {
    }

    public record ClaimDetails(ClaimKind kind, BigDecimal amount, String detail) {
    }

    public record AgentDetails(Party forParty, AgentKind kind, String name, String phone, String memberId) {
    }

    public record Application(UUID workOrderId, UUID centreId, LocalDate receivedOn, Parties parties,
            List<ClaimDetails> claims, List<AgentDetails> agents) {
    }

    public record ItemDetails(ClaimKind kind, BigDecimal amount) {
    }

    @Transactional
    public MediationCase open(Application application, String actor) {
        ProblemException.requireReferenced(Centre.findById(application.centreId()), "centreId", "centre",
                application.centreId());
        LocalDate today = legalClock.today();
        String workerMemberId = application.parties().workerMemberId();
        LocalDate receivedOn = application.receivedOn() != null ? application.receivedOn() : today;
        if (application.workOrderId() != null) {
            WorkOrder order = fromOrder(application.workOrderId());
            LocalDate called = order.receivedAt.atZoneSameInstant(config.zone()).toLocalDate();
            // the call asked for mediation: the union received the application then, not when the case is written
            receivedOn = application.receivedOn() != null ? application.receivedOn() : called;
            if (receivedOn.isBefore(called)) {
                throw ProblemException.invalidField("receivedOn", "case.received-before-order");
            }
            workerMemberId = workerMemberId != null ? workerMemberId : order.callerMemberId;
        }
        if (receivedOn.isAfter(today)) {
            throw ProblemException.invalidField("receivedOn", "case.received-in-future");
        }
        LocalDate lastDay = legalClock.lastDay(receivedOn);
        if (today.isAfter(lastDay)) {
            throw ProblemException.ruleViolated("case.clock-already-ran-out", receivedOn.toString(),
                    lastDay.toString());
        }
        for (int i = 0; i < application.claims().size(); i++) {
            ClaimDetails claim = application.claims().get(i);
            if (claim.kind().isPay() && claim.amount() == null) {
                throw ProblemException.invalidField("claims[" + i + "].amount", "case.pay-claim-needs-amount");
            }
        }
        MediationCase mediationCase = new MediationCase();
        mediationCase.id = UUID.randomUUID();
        mediationCase.number = numbers.next(Series.MEDIATION_CASE, today.getYear());
        mediationCase.workOrderId = application.workOrderId();
        mediationCase.centreId = application.centreId();
        mediationCase.status = CaseStatus.OPEN;
        mediationCase.receivedOn = receivedOn;
        mediationCase.lastDay = lastDay;
        Parties parties = application.parties();
        mediationCase.workerMemberId = workerMemberId;
        mediationCase.workerName = parties.workerName();
        mediationCase.workerPhone = parties.workerPhone();
        mediationCase.employerName = parties.employerName();
        mediationCase.employerCreditCode = parties.employerCreditCode();
        application.claims().forEach(details -> mediationCase.claims.add(claim(details)));
        application.agents().forEach(details -> mediationCase.agents.add(agent(details)));
        mediationCase.openedAt = OffsetDateTime.now(clock);
        mediationCase.openedBy = actor;
        mediationCase.persist();
        BigDecimal claimedPay = mediationCase.claims.stream().filter(c -> c.kind.isPay()).map(c -> c.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        events.publishForNewAggregate(CaseEvents.OPENED, mediationCase.id, new CaseEvents.Opened(mediationCase.id,
                mediationCase.number, mediationCase.centreId, mediationCase.workOrderId, receivedOn, lastDay,
                CaseEvents.organisationCode(mediationCase.employerCreditCode), mediationCase.claims.stream().map(c -> c.kind).distinct().toList(),
                claimedPay));
        return mediationCase;
    }

    /** The labour-dispute order a case is opened from, locked so that two openings of it go one after the other. */
    private WorkOrder fromOrder(UUID workOrderId) {
        WorkOrder order = ProblemException.requireReferenced(
                WorkOrder.findById(workOrderId, LockModeType.PESSIMISTIC_WRITE), "workOrderId", "work order",
                workOrderId);
        if (order.category != Category.LABOUR_DISPUTE) {
            throw ProblemException.invalidField("workOrderId", "case.work-order-not-a-dispute");
        }
        MediationCase existing = MediationCase.find("workOrderId", workOrderId).firstResult();
        if (existing != null) {
            throw ProblemException.conflict("case.work-order-has-case", order.number, existing.number);
        }
        return order;
    }

    private static Claim claim(ClaimDetails details) {
        Claim claim = new Claim();
        claim.kind = details.kind();
        claim.amount = details.amount() == null ? null : details.amount().setScale(2);
        claim.detail = details.detail();
        return claim;
    }

    private static Agent agent(AgentDetails details) {
        Agent agent = new Agent();
        agent.forParty = details.forParty();
        agent.kind = details.kind();
        agent.name = details.name();
        agent.phone = details.phone();
        agent.memberId = details.memberId();
        return agent;
    }

    /**
     * A mediator declares, for themself, whether they have a conflict of interest in the case. A conflict declared
     * is never withdrawn; declared by the case's own mediator, it takes them off the case (回避).
     */
    @Transactional
    public ConflictDeclaration declare(UUID id, String mediatorId, ConflictKind conflict, String detail) {
        MediationCase mediationCase = openLocked(id);
        Mediator mediator = Mediator.findById(mediatorId);
        if (mediator == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "case.not-on-roster", mediatorId);
        }
        ConflictDeclaration declaration = declaration(id, mediatorId);
        if (declaration == null) {
            declaration = new ConflictDeclaration();
            declaration.caseId = id;
            declaration.mediatorId = mediatorId;
        } else if (declaration.conflict != ConflictKind.NONE) {
            // it stands as declared, with its detail and time: neither withdrawn nor rewritten
            throw ProblemException.conflict("case.conflict-not-withdrawn");
        }
        declaration.conflict = conflict;
        declaration.detail = detail;
        declaration.declaredAt = OffsetDateTime.now(clock);
        declaration.persist();
        if (conflict != ConflictKind.NONE && mediatorId.equals(mediationCase.mediatorId)) {
            mediationCase.mediatorId = null;
            clearSignatures(mediationCase); // the signatures they witnessed go with them
        }
        return declaration;
    }

    /**
     * Gives the case to a mediator: one on the roster and active, who is not a party or a party's agent in it, and
     * who declared no conflict of interest in it. A mediator takes, for themself, a case of their centre that has no
     * mediator yet; only staff move a case from one mediator to another. With a new mediator, every signature goes:
     * the parties sign afresh before the mediator who will sign with them.
     */
    @Transactional
    public MediationCase assignMediator(UUID id, String mediatorId, Actor actor) {
        MediationCase mediationCase = openLocked(id);
        Mediator mediator = ProblemException.requireReferenced(Mediator.findById(mediatorId), "mediatorId",
                "mediator", mediatorId);
        if (actor.staff()) {
            requireNoTie(mediationCase, actor);
        } else {
            if (mediationCase.mediatorId != null && !mediationCase.mediatorId.equals(mediatorId)) {
                throw ProblemException.conflict("case.has-mediator", mediationCase.mediatorId);
            }
            if (!mediator.centreId.equals(mediationCase.centreId)) {
                throw ProblemException.ruleViolated("case.other-centre", mediatorId);
            }
        }
        if (!mediator.active) {
            throw ProblemException.ruleViolated("case.mediator-inactive", mediatorId);
        }
        if (isPartyOrAgent(mediationCase, mediatorId)) {
            throw ProblemException.ruleViolated("case.mediator-is-party", mediatorId);
        }
        ConflictDeclaration declaration = declaration(id, mediatorId);
        if (declaration == null) {
            throw ProblemException.ruleViolated("case.declaration-needed", mediatorId);
        }
        if (declaration.conflict != ConflictKind.NONE) {
            throw ProblemException.ruleViolated("case.conflict-of-interest", mediatorId, declaration.conflict);
        }
        if (!mediatorId.equals(mediationCase.mediatorId)) {
            mediationCase.mediatorId = mediatorId;
            clearSignatures(mediationCase);
        }
        return mediationCase;
    }

    private static boolean isPartyOrAgent(MediationCase mediationCase, String memberId) {
        return memberId.equals(mediationCase.workerMemberId)
                || mediationCase.agents.stream().anyMatch(agent -> memberId.equals(agent.memberId));
    }

    private static ConflictDeclaration declaration(UUID caseId, String mediatorId) {
        ConflictDeclaration.Key key = new ConflictDeclaration.Key();
        key.caseId = caseId;
        key.mediatorId = mediatorId;
        return ConflictDeclaration.findById(key);
    }

    private static void clearSignatures(MediationCase mediationCase) {
        mediationCase.workerSignedAt = null;
        mediationCase.employerSignedAt = null;
        mediationCase.mediatorSignedAt = null;
    }

    @Transactional
    public CaseSession holdSession(UUID id, OffsetDateTime heldAt, String minutes, Actor actor) {
        MediationCase mediationCase = openLocked(id);
        requireMediatorOrStaff(mediationCase, actor);
        if (heldAt.isAfter(OffsetDateTime.now(clock).plusMinutes(5))) {
            throw ProblemException.invalidField("heldAt", "case.held-in-future");
        }
        if (heldAt.isBefore(mediationCase.receivedOn.atStartOfDay(config.zone()).toOffsetDateTime())) {
            throw ProblemException.invalidField("heldAt", "case.held-before-receipt");
        }
        CaseSession session = new CaseSession();
        session.id = UUID.randomUUID();
        session.caseId = id;
        session.number = (int) CaseSession.count("caseId", id) + 1;
        session.heldAt = heldAt;
        session.recordedBy = actor.memberId();
        session.minutes = minutes;
        session.persist();
        events.publish(CaseEvents.SESSION_HELD, id,
                new CaseEvents.SessionHeld(id, mediationCase.number, session.number, heldAt));
        return session;
    }

    /** Writes the agreement's terms; writing them again, everyone signs the new text afresh. */
    @Transactional
    public MediationCase draftAgreement(UUID id, String terms, List<ItemDetails> items, LocalDate performBy,
            Actor actor) {
        MediationCase mediationCase = openLocked(id);
        requireMediatorOrStaff(mediationCase, actor);
        LocalDate today = legalClock.today();
        if (performBy.isBefore(today)) {
            throw ProblemException.invalidField("performBy", "case.perform-by-past");
        }
        if (performBy.isAfter(today.plusYears(1))) {
            throw ProblemException.invalidField("performBy", "case.perform-by-too-far");
        }
        mediationCase.agreementTerms = terms;
        mediationCase.performBy = performBy;
        mediationCase.agreementItems.clear();
        for (ItemDetails details : items) {
            AgreementItem item = new AgreementItem();
            item.kind = details.kind();
            item.amount = details.amount().setScale(2);
            mediationCase.agreementItems.add(item);
        }
        clearSignatures(mediationCase);
        return mediationCase;
    }

    /**
     * Records a signature: the parties' as witnessed by the mediator or staff, the mediator's only by the mediator.
     * The last of the three makes the agreement binding.
     */
    @Transactional
    public MediationCase sign(UUID id, Party party, Actor actor) {
        MediationCase mediationCase = openLocked(id);
        if (party == Party.MEDIATOR) {
            if (mediationCase.mediatorId == null) {
                throw ProblemException.conflict("case.no-mediator");
            }
            if (!mediationCase.mediatorId.equals(actor.memberId())) {
                throw new ProblemException(ProblemType.FORBIDDEN, "case.not-the-mediator");
            }
        } else {
            requireMediatorOrStaff(mediationCase, actor);
        }
        if (!mediationCase.hasAgreementDraft()) {
            throw ProblemException.conflict("case.no-agreement-draft");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime already = switch (party) {
            case WORKER -> mediationCase.workerSignedAt;
            case EMPLOYER -> mediationCase.employerSignedAt;
            case MEDIATOR -> mediationCase.mediatorSignedAt;
        };
        if (already != null) {
            throw ProblemException.conflict("case.already-signed", party);
        }
        switch (party) {
            case WORKER -> mediationCase.workerSignedAt = now;
            case EMPLOYER -> mediationCase.employerSignedAt = now;
            case MEDIATOR -> mediationCase.mediatorSignedAt = now;
        }
        if (mediationCase.workerSignedAt != null && mediationCase.employerSignedAt != null
                && mediationCase.mediatorSignedAt != null) {
            conclude(mediationCase, CaseStatus.AGREED, now);
            events.publish(CaseEvents.AGREEMENT_SIGNED, id, new CaseEvents.AgreementSigned(id, mediationCase.number,
                    mediationCase.centreId, mediationCase.receivedOn, now, mediationCase.performBy,
                    mediationCase.agreedTotal(), mediationCase.agreedPay()));
        }
        return mediationCase;
    }

    /** No agreement can be reached: the mediation ends, and the parties are told they may apply for arbitration. */
    @Transactional
    public MediationCase noAgreement(UUID id, String reason, Actor actor) {
        MediationCase mediationCase = openLocked(id);
        requireMediatorOrStaff(mediationCase, actor);
        conclude(mediationCase, CaseStatus.NO_AGREEMENT, OffsetDateTime.now(clock));
        mediationCase.outcomeNote = reason;
        events.publish(CaseEvents.REFERRED_TO_ARBITRATION, id, new CaseEvents.Referred(id, mediationCase.number,
                mediationCase.centreId, Notices.noAgreement(mediationCase)));
        return mediationCase;
    }

    /** The clock ran out without an agreement (the scheduled check; the case locked by it). */
    void lapse(MediationCase mediationCase) {
        conclude(mediationCase, CaseStatus.LAPSED, OffsetDateTime.now(clock));
        events.publish(CaseEvents.LAPSED, mediationCase.id, new CaseEvents.Lapsed(mediationCase.id,
                mediationCase.number, mediationCase.centreId, mediationCase.receivedOn, mediationCase.lastDay,
                Notices.lapsed(mediationCase)));
    }

    /**
     * Whether a binding agreement was carried out. A breach is recorded once its time to perform has passed; the
     * parties are advised to apply for arbitration, and, where it settled pay or compensation, for a payment order.
     */
    @Transactional
    public MediationCase recordPerformance(UUID id, CaseStatus outcome, String note, Actor actor) {
        MediationCase mediationCase = locked(id);
        requireMediatorOrStaff(mediationCase, actor);
        if (!mediationCase.status.canBecome(outcome)) {
            throw ProblemException.conflict("case.transition-not-allowed", mediationCase.status, outcome);
        }
        if (outcome == CaseStatus.BREACHED && !legalClock.today().isAfter(mediationCase.performBy)) {
            throw ProblemException.conflict("case.perform-by-not-passed", mediationCase.performBy.toString());
        }
        mediationCase.status = outcome;
        mediationCase.outcomeNote = note;
        mediationCase.performanceRecordedAt = OffsetDateTime.now(clock);
        if (outcome == CaseStatus.PERFORMED) {
            events.publish(CaseEvents.AGREEMENT_PERFORMED, id, new CaseEvents.Performed(id, mediationCase.number,
                    mediationCase.centreId, mediationCase.agreedTotal(), mediationCase.agreedPay()));
        } else {
            List<Advice> advice = advice(mediationCase);
            events.publish(CaseEvents.AGREEMENT_BREACHED, id, new CaseEvents.Breached(id, mediationCase.number,
                    mediationCase.centreId, advice, Notices.breached(mediationCase, advice)));
        }
        return mediationCase;
    }

    /** Where the parties of a breached agreement may go. */
    public static List<Advice> advice(MediationCase mediationCase) {
        List<Advice> advice = new ArrayList<>(List.of(Advice.ARBITRATION));
        if (mediationCase.agreementItems.stream().anyMatch(item -> item.kind.allowsPaymentOrder())) {
            advice.add(Advice.PAYMENT_ORDER);
        }
        return advice;
    }

    private static void conclude(MediationCase mediationCase, CaseStatus to, OffsetDateTime at) {
        if (!mediationCase.status.canBecome(to)) {
            throw ProblemException.conflict("case.transition-not-allowed", mediationCase.status, to);
        }
        mediationCase.status = to;
        mediationCase.concludedAt = at;
    }

    private static void requireMediatorOrStaff(MediationCase mediationCase, Actor actor) {
        if (mediationCase.mediatorId == null) {
            throw ProblemException.conflict("case.no-mediator");
        }
        if (!actor.staff() && !Objects.equals(mediationCase.mediatorId, actor.memberId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "case.not-the-mediator");
        }
        requireNoTie(mediationCase, actor);
    }

    /** Nobody acts on a case they are a party or an agent in, or declared a conflict of interest in (staff too). */
    private static void requireNoTie(MediationCase mediationCase, Actor actor) {
        if (isPartyOrAgent(mediationCase, actor.memberId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "case.actor-is-party");
        }
        ConflictDeclaration declared = declaration(mediationCase.id, actor.memberId());
        if (declared != null && declared.conflict != ConflictKind.NONE) {
            throw new ProblemException(ProblemType.FORBIDDEN, "case.actor-has-conflict");
        }
    }

    /**
     * Who may read a case in full (parties, claims, terms): union staff with no tie to it, its mediator, and the
     * mediators of its centre who declared no conflict in it (they read it to declare, and to take it). Its minutes:
     * staff and its mediator only.
     */
    public MediationCase readable(UUID id, Actor actor, boolean withMinutes) {
        MediationCase mediationCase = find(id);
        if (actor.staff() || actor.memberId().equals(mediationCase.mediatorId)) {
            requireNoTie(mediationCase, actor);
            return mediationCase;
        }
        Mediator reader = Mediator.findById(actor.memberId());
        if (withMinutes || reader == null || !reader.centreId.equals(mediationCase.centreId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "case.not-readable");
        }
        requireNoTie(mediationCase, actor);
        return mediationCase;
    }

    /** The case, locked, still open and on the clock. */
    private MediationCase openLocked(UUID id) {
        MediationCase mediationCase = locked(id);
        if (mediationCase.status != CaseStatus.OPEN) {
            throw ProblemException.conflict("case.not-open", mediationCase.status);
        }
        if (legalClock.ranOut(mediationCase)) {
            throw ProblemException.conflict("case.clock-already-ran-out", mediationCase.receivedOn.toString(),
                    mediationCase.lastDay.toString());
        }
        return mediationCase;
    }

    /** The case, row-locked, its lists loaded: the answer is built from it after the transaction ends. */
    private static MediationCase locked(UUID id) {
        MediationCase mediationCase = ProblemException.requireFound(
                MediationCase.findById(id, LockModeType.PESSIMISTIC_WRITE), "mediation case", id);
        Hibernate.initialize(mediationCase.claims);
        Hibernate.initialize(mediationCase.agents);
        Hibernate.initialize(mediationCase.agreementItems);
        return mediationCase;
    }

    public MediationCase find(UUID id) {
        return ProblemException.requireFound(MediationCase.findById(id), "mediation case", id);
    }

    public List<CaseSession> sessions(UUID id, Actor actor) {
        readable(id, actor, true);
        return CaseSession.list("caseId", Sort.by("number"), id);
    }

    public record CaseFilter(CaseStatus status, UUID centreId, String mediatorId, String employerCreditCode) {
    }

    /** Cases, newest first, narrowed by every filter given. */
    public PageOf<MediationCase> list(CaseFilter filter, PageParams page) {
        Filters filters = new Filters().and("status = :status", "status", filter.status())
                .and("centreId = :centre", "centre", filter.centreId())
                .and("mediatorId = :mediator", "mediator", filter.mediatorId())
                .and("employerCreditCode = :employer", "employer", filter.employerCreditCode());
        Sort newest = Sort.by("openedAt", Sort.Direction.Descending).and("id");
        return PageOf.of(MediationCase.<MediationCase> find(filters.query(), newest, filters.params()), page,
                mediationCase -> mediationCase);
    }
}
