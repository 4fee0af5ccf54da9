package io.unionhub.employment.board;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.unionhub.employment.posting.JobPostingView;
import io.unionhub.employment.posting.Posting;
import io.unionhub.employment.posting.PostingViews;
import io.unionhub.kit.problem.ProblemException;

/**
 * The board's change feed: every change of a posting, in an order a reader can resume from and that never lets a
 * change slip in behind a cursor already handed out.
 *
 * <p>A trigger writes a {@code posting_change} row with the writing transaction's id ({@code tx}) in the same
 * transaction as the change. Sequence numbers alone would not do: a transaction can take sequence 10, commit after
 * the one that took 11, and a reader who saw 11 would skip 10 for ever. So a page holds only changes of transactions
 * older than every transaction still running ({@code tx < xmin} of the reader's snapshot: all of those have ended, and
 * every later writer gets a larger id), in {@code (tx, seq)} order; the cursor is the last entry's {@code (tx, seq)}.
 * A long transaction elsewhere in the database delays the feed (never skips): entries wait until it ends.
 *
 * <p>Entries of a posting whose employer is not verified are left out; verifying the employer changes its postings,
 * which puts them in the feed.
 */
@ApplicationScoped
public class PostingFeed {

    static final int MAX_LIMIT = 500;
    private static final Pattern CURSOR = Pattern.compile("(\\d{1,19})-(\\d{1,19})");

    @Inject
    EntityManager entityManager;

    @Inject
    PostingViews views;

    public enum Kind {
        CREATED,
        CHANGED,
        CLOSED
    }

    /** One change: the posting as it is now (a mirror upserts on CREATED and CHANGED, removes on CLOSED). */
    public record FeedEntry(String cursor, Kind change, OffsetDateTime changedAt, UUID postingId,
            JobPostingView posting) {
    }

    /** A page of the feed and the cursor to ask with next ({@code since} unchanged when nothing new). */
    public record FeedPage(List<FeedEntry> changes, String next) {
    }

    private record Change(long tx, long seq, UUID postingId, Kind kind, OffsetDateTime changedAt) {
        String cursor() {
            return tx + "-" + seq;
        }
    }

    /** {@code since} null reads from the beginning. */
    @Transactional
    @SuppressWarnings("unchecked")
    public FeedPage since(String since, int limit) {
        long[] after = parse(since);
        List<Object[]> rows = entityManager.createNativeQuery("""
                select cast(cast(c.tx as text) as bigint), c.seq, c.posting_id, c.kind, c.changed_at
                from posting_change c
                where c.tx < pg_snapshot_xmin(pg_current_snapshot())
                  and (c.tx, c.seq) > (cast(cast(:tx as text) as xid8), :seq)
                order by c.tx, c.seq
                limit :limit""")
                .setParameter("tx", Long.toString(after[0])).setParameter("seq", after[1])
                .setParameter("limit", limit).getResultList();
        List<Change> changes = rows.stream().map(row -> new Change(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), (UUID) row[2], Kind.valueOf((String) row[3]),
                timestamp(row[4]))).toList();
        if (changes.isEmpty()) {
            return new FeedPage(List.of(), since);
        }
        Map<UUID, Posting> postings = Posting.<Posting> list("id in ?1",
                changes.stream().map(Change::postingId).distinct().toList()).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<UUID, JobPostingView> listed = views.of(postings.values().stream().filter(p -> p.listed).toList())
                .stream().collect(Collectors.toMap(JobPostingView::identifier, Function.identity()));
        List<FeedEntry> entries = new ArrayList<>();
        for (Change change : changes) {
            JobPostingView view = listed.get(change.postingId());
            if (view != null) {
                entries.add(new FeedEntry(change.cursor(), change.kind(), change.changedAt(), change.postingId(),
                        view));
            }
        }
        return new FeedPage(entries, changes.get(changes.size() - 1).cursor());
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    /** The cursor as {@code tx-seq}; anything else is the client's mistake (400), not a 500. */
    private static long[] parse(String since) {
        if (since == null) {
            return new long[] { 0, 0 };
        }
        Matcher m = CURSOR.matcher(since);
        if (!m.matches()) {
            throw ProblemException.invalidField("since", "feed.cursor.invalid");
        }
        try {
            return new long[] { Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) };
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("since", "feed.cursor.invalid");
        }
    }
}
