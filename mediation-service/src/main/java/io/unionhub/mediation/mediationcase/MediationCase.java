package io.unionhub.mediation.mediationcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.kit.crypto.EncryptedString;

/** A labour dispute in mediation at a "union + court" centre, under the 15-day clock from the day of receipt. */
@Entity
@Table(name = "mediation_case")
public class MediationCase extends PanacheEntityBase {

    @Id
    public UUID id;

    /** MED-2026-000045: unique and gap-free per year. */
    public String number;

    /** The labour-dispute work order it was opened from, if any. */
    public UUID workOrderId;

    public UUID centreId;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    public LocalDate receivedOn;

    /** The clock's last day: an agreement is due by its end. */
    public LocalDate lastDay;

    public String workerMemberId;

    @Convert(converter = EncryptedString.class)
    public String workerName;

    @Convert(converter = EncryptedString.class)
    public String workerPhone;

    public String employerName;

    public String employerCreditCode;

    @ElementCollection
    @BatchSize(size = 100) // a page of cases reads its claims in one statement
    @CollectionTable(name = "case_claim", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    public List<Claim> claims = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_agent", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    public List<Agent> agents = new ArrayList<>();

    @Column(name = "mediator_id")
    public String mediatorId;

    public OffsetDateTime openedAt;

    public String openedBy;

    @Convert(converter = EncryptedString.class)
    public String agreementTerms;

    @ElementCollection
    @CollectionTable(name = "agreement_item", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    public List<AgreementItem> agreementItems = new ArrayList<>();

    public LocalDate performBy;

    public OffsetDateTime workerSignedAt;

    public OffsetDateTime employerSignedAt;

    public OffsetDateTime mediatorSignedAt;

    /** When it was agreed, found without agreement, or lapsed. */
    public OffsetDateTime concludedAt;

    /** Why there was no agreement, or how it was (not) performed. */
    @Convert(converter = EncryptedString.class)
    public String outcomeNote;

    public OffsetDateTime performanceRecordedAt;

    @Version
    public int version;

    public boolean hasAgreementDraft() {
        return agreementTerms != null;
    }

    /** The sum of the agreement's items of the given kinds of pay. */
    public BigDecimal agreedPay() {
        return agreementItems.stream().filter(item -> item.kind.isPay()).map(item -> item.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal agreedTotal() {
        return agreementItems.stream().map(item -> item.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
