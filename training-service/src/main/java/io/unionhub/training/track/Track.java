package io.unionhub.training.track;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.training.cadre.CadreRole;

/** A course of the "2+3" model: who may take it, whose required course it is, and its core modules. */
@Entity
public class Track extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    public String name;

    public int days;

    @JdbcTypeCode(SqlTypes.JSON)
    public Set<CadreRole> eligibleRoles;

    /** The roles for which this is the track to complete (coverage counts it). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Set<CadreRole> requiredForRoles;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> coreModules;

    @Version
    public int version;

    public boolean admits(CadreRole role) {
        return eligibleRoles.contains(role);
    }

    public static Track requiredFor(CadreRole role) {
        return Track.<Track>listAll().stream().filter(t -> t.requiredForRoles.contains(role)).findFirst().orElse(null);
    }
}
