package io.unionhub.kit.sample;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.kit.crypto.EncryptedString;

@Entity
public class Parcel extends PanacheEntityBase {

    @Id
    public UUID id;

    public String label;

    public int weight;

    public String note;

    public LocalDate sendOn;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Convert(converter = EncryptedString.class)
    public String recipient;

    public enum Kind {
        LETTER, BOX
    }

    @Version
    public int version;
}
