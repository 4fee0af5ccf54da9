package io.unionhub.matchmaking.profile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.kit.crypto.EncryptedString;
import io.unionhub.matchmaking.consent.Purpose;

/** A single worker's profile: what matching needs in clear, what identifies or describes them encrypted. */
@Entity
public class Profile extends PanacheEntityBase {

    @Id
    public UUID id;

    public String memberId;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public int birthYear;

    public String district;

    @Enumerated(EnumType.STRING)
    public Education education;

    public Integer heightCm;

    @Convert(converter = EncryptedString.class)
    public String occupation;

    @Convert(converter = EncryptedString.class)
    public String selfText;

    /** Comma-separated. */
    @Convert(converter = EncryptedString.class)
    public String interests;

    @Convert(converter = EncryptedString.class)
    public String contact;

    @Convert(converter = EncryptedString.class)
    public String legalName;

    @Convert(converter = EncryptedString.class)
    public String idNumber;

    /** A keyed hash of the ID number ({@link io.unionhub.kit.crypto.Fingerprint}): one profile per number. */
    public String idFingerprint;

    public int prefAgeMin;

    public int prefAgeMax;

    /** Comma-separated; empty for any. */
    public String prefDistricts;

    @Enumerated(EnumType.STRING)
    public Education prefEducationFloor;

    public boolean matchingConsent;

    public boolean registryConsent;

    public boolean showingConsent;

    public boolean sharingConsent;

    @Enumerated(EnumType.STRING)
    public Verification verification;

    public LocalDate verifiedUntil;

    /** In a couple reported: recommended to nobody, and gets no recommendations. */
    public boolean coupled;

    public OffsetDateTime registeredAt;

    public OffsetDateTime updatedAt;

    @Version
    public int version;

    /**
     * Single as the registry last answered (the answer not expired), consenting to matching, not in a couple: may be
     * introduced and sign up for a mixer.
     */
    public boolean available(LocalDate today) {
        return verification == Verification.VERIFIED && matchingConsent && !verifiedUntil.isBefore(today) && !coupled;
    }

    /** Available and consenting to being shown: may be recommended, gets recommendations and likes. */
    public boolean recommendable(LocalDate today) {
        return available(today) && showingConsent;
    }

    /** A comma-joined column (interests, preferred districts) as its items; empty for none. */
    public static List<String> items(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    public boolean consents(Purpose purpose) {
        return switch (purpose) {
            case MATCHING -> matchingConsent;
            case REGISTRY_CHECK -> registryConsent;
            case SHOW_TO_RECOMMENDED -> showingConsent;
            case SHARE_WITH_MATCHMAKER -> sharingConsent;
        };
    }

    public void setConsent(Purpose purpose, boolean given) {
        switch (purpose) {
            case MATCHING -> matchingConsent = given;
            case REGISTRY_CHECK -> registryConsent = given;
            case SHOW_TO_RECOMMENDED -> showingConsent = given;
            case SHARE_WITH_MATCHMAKER -> sharingConsent = given;
        }
    }
}
