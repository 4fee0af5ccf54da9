package io.unionhub.employment.trade;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.unionhub.kit.problem.ProblemException;

/** Checks that trade codes given by a client are in the seeded list. */
@ApplicationScoped
public class Trades {

    /** The codes that are not trades, in order; empty when all are. */
    public Set<String> unknown(Collection<String> codes) {
        Set<String> unknown = new TreeSet<>(codes);
        if (!unknown.isEmpty()) {
            List<Trade> known = Trade.list("code in ?1", unknown);
            known.forEach(trade -> unknown.remove(trade.code));
        }
        return unknown;
    }

    /** Every trade code (127 of them: an import checks its rows against this, not one query per row). */
    public Set<String> codes() {
        return new java.util.HashSet<>(Trade.<Trade> listAll().stream().map(trade -> trade.code).toList());
    }

    /** A 400 naming the field when one of the codes is not a trade. */
    public void requireKnown(String field, Collection<String> codes) {
        Set<String> unknown = unknown(codes);
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidField(field, "trade.unknown", String.join(", ", unknown));
        }
    }

    /** The trade a request field names; a 400 naming the field when there is none. */
    public Trade referenced(String field, String code) {
        return ProblemException.requireReferenced(Trade.findById(code), field, "trade", code);
    }
}
