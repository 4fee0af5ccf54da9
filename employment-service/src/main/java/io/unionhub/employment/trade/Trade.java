package io.unionhub.employment.trade;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A trade of the national occupational classification (seeded by V2; read-only for the API). */
@Entity
public class Trade extends PanacheEntityBase {

    @Id
    public String code;

    public String nameZh;

    public String nameEn;

    public String category;
}
