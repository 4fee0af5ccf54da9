package io.unionhub.employment.board;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.employment.board.BoardSearch.BoardFilter;
import io.unionhub.employment.board.PostingFeed.FeedPage;
import io.unionhub.employment.posting.JobPostingView;
import io.unionhub.employment.posting.Posting;
import io.unionhub.employment.posting.PostingViews;
import io.unionhub.employment.posting.WageUnit;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;

/** The gig-work board: public reads, no token, no personal data (the employer's public name and code only). */
@Path("/api/employment/board")
@Tag(name = "Gig-work board", description = "Public: open postings of verified employers, and their change feed")
@PermitAll
public class BoardResource {

    @Inject
    BoardSearch search;

    @Inject
    PostingFeed feed;

    @Inject
    PostingViews views;

    @GET
    @Path("/postings")
    @Operation(operationId = "searchBoard", summary = "Search the board, newest first",
            description = "q matches Chinese text by bigrams (电焊 finds 电焊工) and other words whole. wageFloor "
                    + "needs wageUnit: only postings paid in that unit whose range reaches the floor.")
    public PageOf<JobPostingView> search(@QueryParam("trade") @Size(max = 20) String trade,
            @QueryParam("district") @Size(max = 100) String district,
            @QueryParam("gigOnly") @DefaultValue("false") boolean gigOnly,
            @QueryParam("wageFloor") @DecimalMin("0") @DecimalMax("99999999.99") BigDecimal wageFloor,
            @QueryParam("wageUnit") WageUnit wageUnit,
            @Parameter(description = "free text, Chinese or other") @QueryParam("q") @Size(max = 100) String q,
            @BeanParam @Valid PageParams page) {
        if (wageFloor != null && wageUnit == null) {
            throw ProblemException.missingField("wageUnit");
        }
        String text = q == null || q.isBlank() ? null : q;
        PageOf<Posting> found = search.search(new BoardFilter(trade, district, gigOnly, wageFloor, wageUnit, text),
                page);
        return new PageOf<>(views.of(found.items()), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/postings/{id}")
    @Operation(operationId = "getBoardPosting", summary = "One posting of a verified employer, whatever its status")
    public JobPostingView get(@PathParam("id") UUID id) {
        Posting posting = Posting.findById(id);
        if (posting == null || !posting.listed) {
            throw ProblemException.notFound("posting", id);
        }
        return views.of(posting);
    }

    @GET
    @Path("/changes")
    @Operation(operationId = "boardChanges", summary = "The board's change feed, for mirrors",
            description = "Changes (CREATED, CHANGED, CLOSED) in order, each with the posting as it is now. Start "
                    + "without since; then pass the next cursor of each answer. A cursor is never skipped past: a "
                    + "change committed later always comes after it. An empty page returns the same cursor: poll "
                    + "again later.")
    public FeedPage changes(@QueryParam("since") @Size(max = 40) String since,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(PostingFeed.MAX_LIMIT) int limit) {
        return feed.since(since, limit);
    }
}
