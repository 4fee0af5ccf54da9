package io.unionhub.ops.projection;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One set of projections: the LIVE one answers every read; a rebuild fills a BUILDING one from the topics' first
 * records, and it replaces the live one (RETIRED, its rows deleted) once it has caught up.
 */
@Entity
public class Generation extends PanacheEntityBase {

    @Schema(name = "RebuildState")
    public enum State {
        BUILDING, LIVE, RETIRED, FAILED
    }

    @Id
    public Integer id;

    @Enumerated(EnumType.STRING)
    public State state;

    public OffsetDateTime startedAt;

    /** Moved by a running rebuild after each batch: one that stopped moving was abandoned (its process stopped). */
    public OffsetDateTime heartbeatAt;

    public OffsetDateTime finishedAt;

    /** Events a rebuild has read from the topics so far. */
    public long events;

    public String failure;

    /** The scope under which this generation's events are recorded as processed (its own: a rebuild sees all). */
    public static String consumerScope(int generation) {
        return "ops-figures-g" + generation;
    }
}
