package io.unionhub.employment.employer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.employment.posting.PostingService;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.input.CreditCode;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;

@ApplicationScoped
public class EmployerService {

    @Inject
    EventPublisher events;

    @Inject
    PostingService postings;

    @Inject
    Clock clock;

    public record EmployerDetails(String creditCode, String name, String district, String contactName,
            String contactPhone) {
    }

    /** A new employer, pending verification; {@code accountMemberId} is the employer account that will manage it. */
    @Transactional
    public Employer register(EmployerDetails details, String accountMemberId) {
        if (!CreditCode.isValid(details.creditCode())) {
            throw ProblemException.invalidField("creditCode", CreditCode.INVALID);
        }
        if (Employer.count("creditCode", details.creditCode()) > 0) {
            throw ProblemException.conflict("employer.credit-code.taken", details.creditCode());
        }
        if (accountMemberId != null && Employer.byAccount(accountMemberId) != null) {
            throw ProblemException.conflict("employer.account.taken", accountMemberId);
        }
        Employer employer = new Employer();
        employer.id = UUID.randomUUID();
        employer.accountMemberId = accountMemberId;
        employer.status = EmployerStatus.PENDING;
        employer.registeredAt = OffsetDateTime.now(clock);
        apply(employer, details);
        employer.persist();
        events.publishForNewAggregate(EmployerEvents.REGISTERED, employer.id,
                new EmployerEvents.EmployerRegistered(employer.id, employer.creditCode, employer.district));
        return employer;
    }

    /**
     * District and contact change; the credit code never does (a new code is a new legal person); the name of a
     * verified employer only by staff (the board shows it: a vetted account must not pose as another company).
     */
    @Transactional
    public Employer update(UUID id, EmployerDetails details, String accountMemberId, boolean byStaff) {
        Employer employer = find(id);
        if (!byStaff && employer.isVerified() && !employer.name.equals(details.name())) {
            throw ProblemException.invalidField("name", "employer.name-verified");
        }
        if (!employer.creditCode.equals(details.creditCode())) {
            throw ProblemException.ruleViolated("employer.credit-code.fixed");
        }
        if (accountMemberId != null && !accountMemberId.equals(employer.accountMemberId)) {
            throw ProblemException.invalidField("accountMemberId", "employer.account.fixed");
        }
        apply(employer, details);
        return employer;
    }

    private static void apply(Employer employer, EmployerDetails details) {
        employer.creditCode = details.creditCode();
        employer.name = details.name();
        employer.district = details.district();
        employer.contactName = details.contactName();
        employer.contactPhone = details.contactPhone();
    }

    /**
     * Staff verify (or refuse) an employer, naming the employer as they checked it: if the account renamed it since,
     * the decision is refused (409), so a name nobody checked is never verified. Verifying lists its open postings on
     * the board: each is published then, and gets a change in the board's feed, so mirrors pick them up.
     */
    @Transactional
    public Employer verify(UUID id, boolean verified, String checkedName, String staffMemberId) {
        // locked: a posting being published now is listed by this verification or sees it (PostingService)
        Employer employer = ProblemException.requireFound(Employer.findById(id, LockModeType.PESSIMISTIC_WRITE),
                "employer", id);
        if (employer.status != EmployerStatus.PENDING) {
            throw ProblemException.conflict("employer.already-decided", employer.status);
        }
        if (!employer.name.equals(checkedName)) {
            throw ProblemException.conflict("employer.renamed-since-checked", employer.name);
        }
        employer.status = verified ? EmployerStatus.VERIFIED : EmployerStatus.REJECTED;
        employer.verifiedAt = OffsetDateTime.now(clock);
        employer.verifiedBy = staffMemberId;
        if (verified) {
            postings.listOpenPostingsOf(employer);
        }
        events.publish(EmployerEvents.VERIFIED, employer.id, new EmployerEvents.EmployerVerified(employer.id, verified));
        return employer;
    }

    public Employer find(UUID id) {
        return ProblemException.requireFound(Employer.findById(id), "employer", id);
    }

    /** The employer a request field names; a 400 naming the field when there is none. */
    public Employer referenced(String field, UUID id) {
        return ProblemException.requireReferenced(Employer.findById(id), field, "employer", id);
    }

    /** The employer the calling employer account manages. */
    public Employer ofAccount(String memberId) {
        Employer employer = Employer.byAccount(memberId);
        if (employer == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "employer.account-not-registered", memberId);
        }
        return employer;
    }

    /**
     * The employer a call acts for: staff name it (a 400 when they do not, or name one that does not exist); an
     * employer account acts for its own and may name only that one (403 otherwise).
     */
    public Employer actingFor(Caller caller, UUID employerId) {
        if (caller.hasAnyRole(Roles.UNION_STAFF)) {
            if (employerId == null) {
                throw ProblemException.missingField("employerId");
            }
            return referenced("employerId", employerId);
        }
        Employer own = ofAccount(caller.memberId());
        if (employerId != null && !employerId.equals(own.id)) {
            throw new io.quarkus.security.ForbiddenException();
        }
        return own;
    }

    /** Staff may act on any employer; an employer account only on its own (403 otherwise). */
    public Employer requireManagedBy(Caller caller, UUID employerId) {
        Employer employer = find(employerId);
        caller.requireOwnerOrRole(employer.accountMemberId, Roles.UNION_STAFF);
        return employer;
    }

    public PageOf<Employer> list(EmployerStatus status, PageParams page) {
        var query = status == null ? Employer.<Employer> findAll(Sort.by("registeredAt").and("id"))
                : Employer.<Employer> find("status", Sort.by("registeredAt").and("id"), status);
        return PageOf.of(query, page, employer -> employer);
    }
}
