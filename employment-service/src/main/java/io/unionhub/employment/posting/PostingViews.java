package io.unionhub.employment.posting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.unionhub.employment.employer.Employer;
import io.unionhub.employment.trade.Trade;

/** Turns postings into JobPosting views, reading their employers and trades in one query each, not one per posting. */
@ApplicationScoped
public class PostingViews {

    public List<JobPostingView> of(Collection<Posting> postings) {
        if (postings.isEmpty()) {
            return List.of();
        }
        Map<UUID, Employer> employers = Employer.<Employer> list("id in ?1",
                postings.stream().map(p -> p.employerId).distinct().toList()).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        Map<String, Trade> trades = Trade.<Trade> list("code in ?1",
                postings.stream().map(p -> p.tradeCode).distinct().toList()).stream()
                .collect(Collectors.toMap(t -> t.code, Function.identity()));
        return postings.stream()
                .map(p -> JobPostingView.of(p, employers.get(p.employerId), trades.get(p.tradeCode))).toList();
    }

    public JobPostingView of(Posting posting) {
        return of(List.of(posting)).get(0);
    }
}
