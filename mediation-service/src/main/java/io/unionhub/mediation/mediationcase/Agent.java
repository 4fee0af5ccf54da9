package io.unionhub.mediation.mediationcase;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.unionhub.kit.crypto.EncryptedString;

/** Someone acting for a party; a member (a union legal-aid lawyer) is known by their member id too. */
@Embeddable
public class Agent {

    @Enumerated(EnumType.STRING)
    public Party forParty;

    @Enumerated(EnumType.STRING)
    public AgentKind kind;

    @Convert(converter = EncryptedString.class)
    public String name;

    @Convert(converter = EncryptedString.class)
    public String phone;

    public String memberId;
}
