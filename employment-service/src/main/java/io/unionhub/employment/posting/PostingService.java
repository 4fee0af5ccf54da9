package io.unionhub.employment.posting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.employment.employer.Employer;
import io.unionhub.employment.trade.Trade;
import io.unionhub.employment.trade.Trades;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemException.FieldProblem;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;

/**
 * Postings: an employer's (or staff's on its behalf), listed on the board once the employer is verified, off it when
 * filled, expired or closed. Every change of a posting reaches the board's change feed through a database trigger.
 */
@ApplicationScoped
public class PostingService {

    /** How far ahead a posting may be valid: a year, as boards commonly cap it. */
    static final int MAX_VALID_DAYS = 366;

    @Inject
    EventPublisher events;

    @Inject
    Trades trades;

    @Inject
    Clock clock;

    public record PostingDetails(String title, String tradeCode, String description, String district,
            BigDecimal wageMin, BigDecimal wageMax, WageUnit wageUnit, EmploymentType employmentType, int openings,
            List<String> skills, List<String> certificates, LocalDate startsOn, LocalDate validThrough) {
    }

    @Transactional
    public Posting publish(Employer employer, PostingDetails details) {
        Trade trade = trades.referenced("tradeCode", details.tradeCode());
        check(details, 0);
        Posting posting = new Posting();
        posting.id = UUID.randomUUID();
        posting.employerId = employer.id;
        posting.status = PostingStatus.OPEN;
        posting.listed = verifiedNow(employer.id);
        posting.datePosted = OffsetDateTime.now(clock);
        apply(posting, details, trade);
        posting.persist();
        if (posting.listed) {
            events.publishForNewAggregate(PostingEvents.PUBLISHED, posting.id,
                    PostingEvents.PostingPublished.of(posting));
        }
        return posting;
    }

    /** Replaces an open posting's details; openings may not drop below the hires already made. */
    @Transactional
    public Posting change(UUID id, PostingDetails details) {
        Posting posting = locked(id);
        if (posting.status != PostingStatus.OPEN) {
            throw ProblemException.conflict("posting.not-open", posting.status);
        }
        if (!posting.tradeCode.equals(details.tradeCode())) {
            // applications, orders and mirrors took it for that trade: another trade is another posting
            throw ProblemException.ruleViolated("posting.invalid").withFieldProblems(
                    List.of(new FieldProblem("tradeCode", "posting.trade-fixed", posting.tradeCode)));
        }
        Trade trade = trades.referenced("tradeCode", details.tradeCode());
        check(details, posting.hired);
        apply(posting, details, trade);
        if (posting.hired == posting.openings) {
            // openings cut to the hires made: it is filled now
            end(posting, PostingStatus.FILLED);
        } else if (posting.listed) {
            events.publish(PostingEvents.CHANGED, posting.id, PostingEvents.PostingChanged.of(posting));
        }
        return posting;
    }

    @Transactional
    public Posting close(UUID id) {
        Posting posting = locked(id);
        if (posting.status != PostingStatus.OPEN) {
            throw ProblemException.conflict("posting.not-open", posting.status);
        }
        end(posting, PostingStatus.CLOSED);
        return posting;
    }

    /** One more hire on a posting the caller holds locked; the last opening fills it. */
    public void recordHire(Posting posting) {
        if (posting.status != PostingStatus.OPEN) {
            throw ProblemException.conflict("posting.not-open", posting.status);
        }
        if (posting.openingsLeft() <= 0) {
            throw ProblemException.conflict("posting.no-opening-left", posting.openings);
        }
        posting.hired++;
        posting.updatedAt = OffsetDateTime.now(clock);
        if (posting.openingsLeft() == 0) {
            end(posting, PostingStatus.FILLED);
        }
    }

    /** Expires the posting if it is still open; false when another replica or a hire got there first. */
    @Transactional
    public boolean expire(UUID id) {
        Posting posting = locked(id);
        if (posting.status != PostingStatus.OPEN || !posting.validThrough.isBefore(today())) {
            return false;
        }
        end(posting, PostingStatus.EXPIRED);
        return true;
    }

    private void end(Posting posting, PostingStatus status) {
        posting.status = status;
        posting.updatedAt = OffsetDateTime.now(clock);
        var type = switch (status) {
            case FILLED -> PostingEvents.FILLED;
            case EXPIRED -> PostingEvents.EXPIRED;
            case CLOSED -> PostingEvents.CLOSED;
            case OPEN -> throw new IllegalArgumentException("not an end");
        };
        if (posting.listed) {
            events.publish(type, posting.id, PostingEvents.PostingEnded.of(posting));
        }
    }

    /**
     * Whether the employer is verified, read under a share lock on its row: a verification running now (it locks the
     * row for update) either committed before, and the posting is listed at once, or waits for this posting to commit
     * and then lists it. Without the lock a posting published during the verification would stay a draft for ever.
     */
    private boolean verifiedNow(UUID employerId) {
        Object status = Posting.getEntityManager()
                .createNativeQuery("select status from employer where id = :id for share")
                .setParameter("id", employerId).getSingleResult();
        return "VERIFIED".equals(status);
    }

    /**
     * Lists the employer's open postings on the board once it is verified, each announced as published then: a
     * posting's events begin when it becomes public (before, it was the employer's draft).
     */
    public void listOpenPostingsOf(Employer employer) {
        for (Posting posting : Posting.<Posting> list("employerId = ?1 and status = ?2 and listed = false",
                employer.id, PostingStatus.OPEN)) {
            posting.listed = true;
            events.publish(PostingEvents.PUBLISHED, posting.id, PostingEvents.PostingPublished.of(posting));
        }
    }

    private void check(PostingDetails details, int hired) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (details.wageMax().compareTo(details.wageMin()) < 0) {
            problems.add(new FieldProblem("wageMax", "posting.wage-max-below-min"));
        }
        LocalDate today = today();
        if (details.validThrough().isBefore(today)) {
            problems.add(new FieldProblem("validThrough", "posting.valid-through-past"));
        } else if (details.validThrough().isAfter(today.plusDays(MAX_VALID_DAYS))) {
            problems.add(new FieldProblem("validThrough", "posting.valid-through-too-far", MAX_VALID_DAYS));
        }
        if (details.startsOn() != null && (details.startsOn().isBefore(today.minusDays(MAX_VALID_DAYS))
                || details.startsOn().isAfter(today.plusDays(2 * MAX_VALID_DAYS)))) {
            problems.add(new FieldProblem("startsOn", "posting.starts-on-out-of-range", MAX_VALID_DAYS,
                    2 * MAX_VALID_DAYS));
        }
        if (details.openings() < hired) {
            problems.add(new FieldProblem("openings", "posting.openings-below-hired", hired));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.ruleViolated("posting.invalid").withFieldProblems(problems);
        }
    }

    private void apply(Posting posting, PostingDetails details, Trade trade) {
        posting.title = details.title();
        posting.tradeCode = trade.code;
        posting.description = details.description();
        posting.district = details.district();
        posting.wageMin = details.wageMin();
        posting.wageMax = details.wageMax();
        posting.wageUnit = details.wageUnit();
        posting.employmentType = details.employmentType();
        posting.openings = details.openings();
        posting.skills = details.skills() == null ? List.of() : List.copyOf(new LinkedHashSet<>(details.skills()));
        posting.certificates = details.certificates() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(details.certificates()));
        posting.startsOn = details.startsOn();
        posting.validThrough = details.validThrough();
        posting.updatedAt = OffsetDateTime.now(clock);
        posting.searchTokens = PostingSearchText.tokens(details.title(), trade.nameZh, trade.nameEn,
                details.description());
    }

    public Posting find(UUID id) {
        return ProblemException.requireFound(Posting.findById(id), "posting", id);
    }

    /** The posting a request field names; a 400 naming the field when there is none. */
    public Posting referenced(String field, UUID id) {
        return ProblemException.requireReferenced(Posting.findById(id), field, "posting", id);
    }

    /** The posting's row, locked for the transaction: hires, changes and expiry of one posting go one at a time. */
    public Posting locked(UUID id) {
        return ProblemException.requireFound(Posting.findById(id, LockModeType.PESSIMISTIC_WRITE), "posting", id);
    }

    public PageOf<Posting> ofEmployer(UUID employerId, PostingStatus status, PageParams page) {
        Sort newest = Sort.by("datePosted", Sort.Direction.Descending).and("id");
        var query = status == null ? Posting.<Posting> find("employerId", newest, employerId)
                : Posting.<Posting> find("employerId = ?1 and status = ?2", newest, employerId, status);
        return PageOf.of(query, page, posting -> posting);
    }

    /** Open postings past their last valid day, oldest first. */
    public List<UUID> dueToExpire(int limit) {
        return Posting.getEntityManager().createQuery(
                "select p.id from Posting p where p.status = :open and p.validThrough < :today"
                        + " order by p.validThrough, p.id", UUID.class)
                .setParameter("open", PostingStatus.OPEN).setParameter("today", today()).setMaxResults(limit)
                .getResultList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
