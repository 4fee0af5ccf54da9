package io.unionhub.mediation.mediationcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.unionhub.kit.events.EventType;
import io.unionhub.kit.input.CreditCode;

/**
 * Events of the mediation-case aggregate: numbers, kinds, amounts and ids; never a party's name or phone, a claim's
 * details, the minutes or the agreement's terms. The employer is named by its credit code (an organisation's public
 * register number), so operators can see where disputes gather; an individual business's is left out.
 */
public final class CaseEvents {

    public static final EventType<Opened> OPENED =
            EventType.of("mediation-case", "mediation-case.opened.v1", Opened.class);
    public static final EventType<SessionHeld> SESSION_HELD =
            EventType.of("mediation-case", "mediation-case.session-held.v1", SessionHeld.class);
    public static final EventType<AgreementSigned> AGREEMENT_SIGNED =
            EventType.of("mediation-case", "mediation-case.agreement-signed.v1", AgreementSigned.class);
    public static final EventType<Lapsed> LAPSED =
            EventType.of("mediation-case", "mediation-case.lapsed.v1", Lapsed.class);
    public static final EventType<Referred> REFERRED_TO_ARBITRATION =
            EventType.of("mediation-case", "mediation-case.referred-to-arbitration.v1", Referred.class);
    public static final EventType<Performed> AGREEMENT_PERFORMED =
            EventType.of("mediation-case", "mediation-case.agreement-performed.v1", Performed.class);
    public static final EventType<Breached> AGREEMENT_BREACHED =
            EventType.of("mediation-case", "mediation-case.agreement-breached.v1", Breached.class);

    private CaseEvents() {
    }

    /**
     * The employer's credit code as an event may carry it: an organisation's, not an individual business's (92…),
     * whose code stands for the natural person who runs it.
     */
    static String organisationCode(String creditCode) {
        return CreditCode.isIndividualBusiness(creditCode) ? null : creditCode;
    }

    public record Opened(UUID caseId, String number, UUID centreId, UUID workOrderId, LocalDate receivedOn,
            LocalDate lastDay, String employerCreditCode, List<ClaimKind> claimKinds, BigDecimal claimedPay) {
    }

    public record SessionHeld(UUID caseId, String number, int session, OffsetDateTime heldAt) {
    }

    /** Binding: both parties and the mediator signed. The sums agreed in all, and of them pay (wages, overtime). */
    public record AgreementSigned(UUID caseId, String number, UUID centreId, LocalDate receivedOn,
            OffsetDateTime agreedAt, LocalDate performBy, BigDecimal agreedTotal, BigDecimal agreedPay) {
    }

    /** The parties' notice, in Chinese and in English, as sent to them. */
    public record Notice(String zh, String en) {
    }

    public record Lapsed(UUID caseId, String number, UUID centreId, LocalDate receivedOn, LocalDate lastDay,
            Notice notice) {
    }

    public record Referred(UUID caseId, String number, UUID centreId, Notice notice) {
    }

    /** Carried out: the agreed sums were paid, pay among them. */
    public record Performed(UUID caseId, String number, UUID centreId, BigDecimal paidTotal, BigDecimal paidPay) {
    }

    public record Breached(UUID caseId, String number, UUID centreId, List<Advice> advice, Notice notice) {
    }

    /** Where a party goes when an agreement is not carried out. */
    public enum Advice {
        /** Either party may apply for arbitration (art. 15). */
        ARBITRATION,
        /** For pay, work-injury medical costs, compensation or damages: a court's payment order (art. 16). */
        PAYMENT_ORDER
    }
}
