package io.unionhub.ops.figures;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A program's current figures.
 *
 * @param asOf    the time of the latest event they reflect (null before the first)
 * @param events  events of the program folded in
 * @param skipped events of it skipped (a type the dashboard does not know, data it cannot read)
 * @param figures figure name → count, or rate as a share of 1 (null with nothing to divide)
 */
public record ProgramFigures(String program, OffsetDateTime asOf, long events, long skipped,
        Map<String, Number> figures) {
}
