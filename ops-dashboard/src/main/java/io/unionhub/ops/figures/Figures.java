package io.unionhub.ops.figures;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.unionhub.kit.problem.ProblemException;
import io.unionhub.ops.projection.Generations;
import io.unionhub.ops.projection.Tallies;

/** The live generation's figures, per program, each with the time of the latest event it reflects. */
@ApplicationScoped
public class Figures {

    private final Map<String, ProgramReadout> readouts;

    @Inject
    Generations generations;

    @Inject
    Tallies tallies;

    @Inject
    Figures(Instance<ProgramReadout> readouts) {
        this.readouts = readouts.stream()
                .collect(Collectors.toMap(ProgramReadout::program, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    /** The programs that have figures. */
    public Set<String> programs() {
        return readouts.keySet();
    }

    /** Every program's, in one transaction. */
    @Transactional
    public List<ProgramFigures> all() {
        int live = generations.live();
        return readouts.values().stream().map(readout -> of(live, readout)).toList();
    }

    @Transactional
    public ProgramFigures of(String program) {
        ProgramReadout readout = readouts.get(program);
        if (readout == null) {
            throw ProblemException.notFound("program", program);
        }
        return of(generations.live(), readout);
    }

    /** The latest event time of a program in the live generation: what a top list or series reflects. */
    public OffsetDateTime asOf(int generation, String program) {
        return tallies.watermark(generation, program).lastEventTime();
    }

    /** Whether a figure is one the dashboard counts (the series it can draw). */
    public boolean counts(String figure) {
        return readouts.values().stream().anyMatch(readout -> readout.counts().contains(figure));
    }

    private ProgramFigures of(int generation, ProgramReadout readout) {
        Tallies.Watermark watermark = tallies.watermark(generation, readout.program());
        return new ProgramFigures(readout.program(), watermark.lastEventTime(), watermark.events(),
                watermark.skipped(), readout.current(generation));
    }
}
