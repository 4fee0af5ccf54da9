package io.unionhub.ops.employment;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.unionhub.ops.figures.ProgramReadout;
import io.unionhub.ops.projection.Tallies;

/** Employment's figures: the counts of its events (employers, posts, openings, intents, hires, rights reports). */
@ApplicationScoped
public class EmploymentFigures implements ProgramReadout {

    static final String SEEKERS = "employment.seekers-registered";
    static final String EMPLOYERS = "employment.employers-registered";
    static final String EMPLOYERS_VERIFIED = "employment.employers-verified";
    static final String POSTS = "employment.posts-published";
    static final String OPENINGS = "employment.openings-published";
    static final String APPLICATIONS = "employment.applications";
    static final String INTENTS = "employment.intents";
    static final String HIRES = "employment.hires";
    static final String CAMPAIGNS = "employment.campaigns-opened";
    static final String TRAINING_ORDERS = "employment.training-orders";
    static final String GRADUATES_PLACED = "employment.graduates-placed";
    /** Rights problems reported, also by employer (credit code): one of the two kinds of dispute an employer has. */
    public static final String RIGHTS_REPORTS = "employment.rights-reports";

    static final List<String> COUNTS = List.of(SEEKERS, EMPLOYERS, EMPLOYERS_VERIFIED, POSTS, OPENINGS, APPLICATIONS,
            INTENTS, HIRES, CAMPAIGNS, TRAINING_ORDERS, GRADUATES_PLACED, RIGHTS_REPORTS);

    @Inject
    Tallies tallies;

    @Override
    public String program() {
        return "employment";
    }

    @Override
    public List<String> counts() {
        return COUNTS;
    }

    @Override
    public Map<String, Number> current(int generation) {
        return tallies.totals(generation, COUNTS);
    }
}
