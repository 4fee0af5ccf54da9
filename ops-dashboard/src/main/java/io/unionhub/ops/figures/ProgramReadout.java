package io.unionhub.ops.figures;

import java.util.List;
import java.util.Map;

/** A program's current figures as the dashboard shows them: one implementation per program. */
public interface ProgramReadout {

    String program();

    /** The figures counted per day (the time series it has). */
    List<String> counts();

    /** Figure name → value (a count, or a rate as a share of 1; null when there is nothing to divide). */
    Map<String, Number> current(int generation);

    /** A rate as a share of 1, or null when there is nothing to divide. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
