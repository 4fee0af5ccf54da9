package io.unionhub.mediation.mediationcase;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A sum the employer agrees to pay, by what it settles. */
@Embeddable
public class AgreementItem {

    @Enumerated(EnumType.STRING)
    public ClaimKind kind;

    public BigDecimal amount;
}
