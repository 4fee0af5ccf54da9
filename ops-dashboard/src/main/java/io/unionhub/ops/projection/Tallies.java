package io.unionhub.ops.projection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reads of the tallies: totals, time series and the largest dimensions of a figure. */
@ApplicationScoped
public class Tallies {

    @Schema(name = "SeriesEvery")
    public enum Every {
        DAY, WEEK, MONTH
    }

    @Schema(name = "SeriesPoint")
    public record Point(LocalDate start, long value) {
    }

    /** A dimension's value (an employer's credit code) and its total. */
    @Schema(name = "RankedKey")
    public record Ranked(String key, long value) {
    }

    public record Watermark(OffsetDateTime lastEventTime, long events, long skipped) {
    }

    @Inject
    EntityManager entityManager;

    /** The totals (all days, all of it) of the figures named, in their order; 0 for one without events yet. */
    public Map<String, Number> totals(int generation, List<String> figures) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select figure, sum(value) from tally where generation = :generation and dimension = ''
                and figure in (:figures) group by figure""", Object[].class)
                .setParameter("generation", generation).setParameter("figures", figures).getResultList();
        Map<String, Number> totals = new LinkedHashMap<>();
        figures.forEach(figure -> totals.put(figure, 0L));
        rows.forEach(row -> totals.put((String) row[0], ((Number) row[1]).longValue()));
        return totals;
    }

    /** A figure per day, week (from Monday) or month, between two days (both included); empty periods left out. */
    public List<Point> series(int generation, String figure, String dimension, Every every, LocalDate from,
            LocalDate to) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select cast(date_trunc(:unit, day) as date), sum(value) from tally
                where generation = :generation and figure = :figure and dimension = :dimension
                and day between :from and :to group by 1 order by 1""", Object[].class)
                .setParameter("unit", every.name().toLowerCase()).setParameter("generation", generation)
                .setParameter("figure", figure).setParameter("dimension", dimension)
                .setParameter("from", from).setParameter("to", to).getResultList();
        return rows.stream().map(row -> new Point(row[0] instanceof java.sql.Date date ? date.toLocalDate()
                : (LocalDate) row[0], ((Number) row[1]).longValue())).toList();
    }

    /** The dimensions of a kind ({@code employer}) with the largest totals of some figures, largest first. */
    public List<Ranked> top(int generation, List<String> figures, String kind, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select substr(dimension, :from), sum(value) as total from tally
                where generation = :generation and figure in (:figures) and dimension like :kind
                group by dimension order by total desc, dimension limit :limit""", Object[].class)
                .setParameter("from", kind.length() + 2).setParameter("generation", generation)
                .setParameter("figures", figures).setParameter("kind", kind + ":%").setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Ranked((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    /** What a program's figures reflect; none when no event of it has come. */
    public Watermark watermark(int generation, String program) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select last_event_time, events, skipped from watermark
                where generation = :generation and program = :program""", Object[].class)
                .setParameter("generation", generation).setParameter("program", program).getResultList();
        if (rows.isEmpty()) {
            return new Watermark(null, 0, 0);
        }
        Object[] row = rows.get(0);
        return new Watermark(row[0] == null ? null : toOffset(row[0]), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    /** A timestamp column as PostgreSQL's driver hands it over, in UTC. */
    public static OffsetDateTime toOffset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
