package io.unionhub.mediation.mediationcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.unionhub.mediation.mediationcase.CaseEvents.Advice;
import io.unionhub.mediation.mediationcase.CaseEvents.Notice;

/** What the case API answers. */
public final class CaseViews {

    private CaseViews() {
    }

    public record WorkerView(String memberId, String name, String phone) {
    }

    public record EmployerView(String name, String creditCode) {
    }

    public record ClaimView(ClaimKind kind, BigDecimal amount, String detail) {
    }

    public record AgentView(Party forParty, AgentKind kind, String name, String phone, String memberId) {
    }

    public record ItemView(ClaimKind kind, BigDecimal amount) {
    }

    /** The agreement; binding once all three signed. */
    public record AgreementView(String terms, List<ItemView> items, BigDecimal total, BigDecimal pay,
            LocalDate performBy, OffsetDateTime workerSignedAt, OffsetDateTime employerSignedAt,
            OffsetDateTime mediatorSignedAt, boolean binding) {

        static AgreementView of(MediationCase c) {
            if (!c.hasAgreementDraft()) {
                return null;
            }
            return new AgreementView(c.agreementTerms,
                    c.agreementItems.stream().map(i -> new ItemView(i.kind, i.amount)).toList(), c.agreedTotal(),
                    c.agreedPay(), c.performBy, c.workerSignedAt, c.employerSignedAt, c.mediatorSignedAt,
                    c.workerSignedAt != null && c.employerSignedAt != null && c.mediatorSignedAt != null);
        }
    }

    /**
     * One case in full. daysLeft counts today (1 on the last day) while it is open; notice is what the parties are
     * told when it ended without a binding outcome, advice where a breached agreement leaves them.
     */
    public record CaseView(UUID id, String number, UUID workOrderId, UUID centreId, CaseStatus status,
            LocalDate receivedOn, LocalDate lastDay, Long daysLeft, WorkerView worker, EmployerView employer,
            List<ClaimView> claims, List<AgentView> agents, String mediatorId, OffsetDateTime openedAt,
            AgreementView agreement, OffsetDateTime concludedAt, String outcomeNote,
            OffsetDateTime performanceRecordedAt, Notice notice, List<Advice> advice) {

        static CaseView of(MediationCase c, LocalDate lastDay, Long daysLeft) {
            List<Advice> advice = c.status == CaseStatus.BREACHED ? CaseService.advice(c) : null;
            Notice notice = switch (c.status) {
                case LAPSED -> Notices.lapsed(c);
                case NO_AGREEMENT -> Notices.noAgreement(c);
                case BREACHED -> Notices.breached(c, advice);
                default -> null;
            };
            return new CaseView(c.id, c.number, c.workOrderId, c.centreId, c.status, c.receivedOn, lastDay,
                    daysLeft, new WorkerView(c.workerMemberId, c.workerName, c.workerPhone),
                    new EmployerView(c.employerName, c.employerCreditCode),
                    c.claims.stream().map(k -> new ClaimView(k.kind, k.amount, k.detail)).toList(),
                    c.agents.stream().map(a -> new AgentView(a.forParty, a.kind, a.name, a.phone, a.memberId))
                            .toList(),
                    c.mediatorId, c.openedAt, AgreementView.of(c), c.concludedAt, c.outcomeNote,
                    c.performanceRecordedAt, notice, advice);
        }
    }

    /** A case in a list: no names, phones, details or terms, nor an individual business's credit code. */
    public record CaseListItem(UUID id, String number, UUID centreId, CaseStatus status, LocalDate receivedOn,
            LocalDate lastDay, Long daysLeft, String mediatorId, String employerCreditCode, List<ClaimKind> claimKinds) {

        static CaseListItem of(MediationCase c, LocalDate lastDay, Long daysLeft) {
            return new CaseListItem(c.id, c.number, c.centreId, c.status, c.receivedOn, lastDay, daysLeft,
                    c.mediatorId, CaseEvents.organisationCode(c.employerCreditCode),
                    c.claims.stream().map(k -> k.kind).distinct().toList());
        }
    }

    public record SessionView(UUID id, int number, OffsetDateTime heldAt, String recordedBy, String minutes) {

        static SessionView of(CaseSession s) {
            return new SessionView(s.id, s.number, s.heldAt, s.recordedBy, s.minutes);
        }
    }

    public record DeclarationView(UUID caseId, String mediatorId, ConflictKind conflict, String detail,
            OffsetDateTime declaredAt) {

        static DeclarationView of(ConflictDeclaration d) {
            return new DeclarationView(d.caseId, d.mediatorId, d.conflict, d.detail, d.declaredAt);
        }
    }
}
