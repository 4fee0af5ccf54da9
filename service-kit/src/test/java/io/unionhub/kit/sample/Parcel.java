package io.unionhub.kit.sample;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Parcel extends PanacheEntityBase {

    @Id
    public UUID id;

    public String label;

    public int weight;

    @Version
    public int version;
}
