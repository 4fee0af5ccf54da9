package io.unionhub.mediation.mediationcase;

import java.math.BigDecimal;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.unionhub.kit.crypto.EncryptedString;

/** One claim of the worker's: its kind, an amount where it is money, details. */
@Embeddable
public class Claim {

    @Enumerated(EnumType.STRING)
    public ClaimKind kind;

    public BigDecimal amount;

    @Convert(converter = EncryptedString.class)
    public String detail;
}
