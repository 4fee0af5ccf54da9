package io.unionhub.employment.board;

import static io.unionhub.employment.support.EmploymentApi.WELDER;
import static io.unionhub.employment.support.EmploymentApi.anonymous;
import static io.unionhub.employment.support.EmploymentApi.asStaff;
import static io.unionhub.employment.support.EmploymentApi.employer;
import static io.unionhub.employment.support.EmploymentApi.posting;
import static io.unionhub.employment.support.EmploymentApi.postingBody;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.unionhub.employment.support.ServiceDatabase;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class ChangeFeedTest {

    @Inject
    ServiceDatabase database;

    /** The feed from the beginning to now, following the cursors; the cursor to resume from. */
    private record Read(List<Map<String, Object>> changes, String cursor) {
    }

    private static Read readAll(String since) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String cursor = since;
        while (true) {
            var request = anonymous().queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            JsonPath page = request.get("/api/employment/board/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> entries = page.getList("changes");
            String next = page.getString("next");
            changes.addAll(entries);
            if (next == null || next.equals(cursor)) {
                return new Read(changes, cursor);
            }
            cursor = next;
        }
    }

    private static List<String> kindsOf(Read read, UUID postingId) {
        return read.changes().stream().filter(c -> postingId.toString().equals(c.get("postingId")))
                .map(c -> (String) c.get("change")).toList();
    }

    @Test
    void aMirrorSeesCreatedChangedAndClosedInOrderAndResumesFromItsCursor() {
        String start = readAll(null).cursor();
        UUID employerId = employer(null, true);
        var body = postingBody(employerId, WELDER, "变更流焊工", 3);
        UUID id = posting(body);
        body.put("openings", 5);
        asStaff().body(body).put("/api/employment/postings/" + id).then().statusCode(200);
        asStaff().post("/api/employment/postings/" + id + "/close").then().statusCode(200);

        // the feed holds a change back while an older transaction anywhere (the relay's) is still open: read again
        Read read = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> readAll(start),
                all -> kindsOf(all, id).size() >= 3);
        assertEquals(List.of("CREATED", "CHANGED", "CLOSED"), kindsOf(read, id));
        // nothing new: the same cursor back, and an empty page
        anonymous().queryParam("since", read.cursor()).get("/api/employment/board/changes").then()
                .body("changes.size()", equalTo(0)).body("next", equalTo(read.cursor()));
    }

    @Test
    void anUnverifiedEmployersPostingsEnterTheFeedOnlyWithTheVerification() {
        String start = readAll(null).cursor();
        UUID employerId = employer(null, false);
        UUID id = posting(employerId, WELDER, "未审核", 1);
        assertTrue(readAll(start).changes().stream().noneMatch(c -> id.toString().equals(c.get("postingId"))));
        io.unionhub.employment.support.EmploymentApi.verify(employerId).statusCode(200);
        // a mirror reading from before sees the posting now, its creation included
        assertEquals(List.of("CREATED", "CHANGED"), readAll(start).changes().stream()
                .filter(c -> id.toString().equals(c.get("postingId"))).map(c -> c.get("change")).toList());
    }

    /**
     * The case a sequence alone gets wrong: a change that took an earlier number commits after a later one. The
     * reader must not hand out a cursor past the earlier change while its transaction is still open.
     */
    @Test
    void aChangeCommittedLateIsNeverSkipped() throws Exception {
        UUID employerId = employer(null, true);
        UUID slow = posting(employerId, WELDER, "慢事务", 2);
        UUID fast = posting(employerId, WELDER, "快事务", 2);
        String start = readAll(null).cursor();
        try (Connection connection = database.openConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "update posting set openings = openings + 1, version = version + 1 where id = ?")) {
                update.setObject(1, slow);
                update.executeUpdate(); // takes the earlier change number, does not commit yet
            }
            var body = postingBody(employerId, WELDER, "快事务", 4);
            asStaff().body(body).put("/api/employment/postings/" + fast).then().statusCode(200);

            Read during = readAll(start);
            assertTrue(during.changes().stream().noneMatch(c -> fast.toString().equals(c.get("postingId"))),
                    "a change behind an open transaction is held back");
            connection.commit();
            Read after = readAll(during.cursor());
            List<String> order = after.changes().stream().map(c -> (String) c.get("postingId"))
                    .filter(p -> p.equals(slow.toString()) || p.equals(fast.toString())).toList();
            assertEquals(List.of(slow.toString(), fast.toString()), order);
        }
    }

    @Test
    void underConcurrentWritesAReaderFollowingTheCursorSeesEveryChangeOnce() throws Exception {
        UUID employerId = employer(null, true);
        List<UUID> postings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            postings.add(posting(employerId, WELDER, "并发 " + i, 100));
        }
        String start = readAll(null).cursor();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                int changes = 0;
                for (int round = 0; round < 10; round++) {
                    UUID id = postings.get((writer * 10 + round) % postings.size());
                    var body = postingBody(employerId, WELDER, "并发 " + writer + "-" + round, 100 + round);
                    int status = asStaff().body(body).put("/api/employment/postings/" + id).statusCode();
                    if (status == 200) {
                        changes++;
                    }
                }
                return changes;
            }));
        }
        Future<List<String>> reader = pool.submit(() -> {
            List<String> seen = new ArrayList<>();
            String cursor = start;
            while (writing.get()) {
                Read read = readAll(cursor);
                read.changes().forEach(c -> seen.add((String) c.get("cursor")));
                cursor = read.cursor();
            }
            Read last = readAll(cursor);
            last.changes().forEach(c -> seen.add((String) c.get("cursor")));
            return seen;
        });
        int writes = 0;
        for (Future<Integer> writer : writers) {
            writes += writer.get(2, TimeUnit.MINUTES);
        }
        int written = writes;
        // the writers' changes (a posting's creation may land after the start cursor when another transaction, the
        // relay's, was open as it was read); one may be held back while such a transaction is still open
        List<String> ours = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> readAll(start).changes()
                .stream().filter(c -> postings.contains(UUID.fromString((String) c.get("postingId"))))
                .filter(c -> "CHANGED".equals(c.get("change")))
                .map(c -> (String) c.get("cursor")).toList(), all -> all.size() >= written);
        // all shown now: the reader's last read, from its own cursor, must bring the rest
        writing.set(false);
        List<String> seen = reader.get(2, TimeUnit.MINUTES);
        pool.shutdown();

        Set<String> distinct = new HashSet<>(seen);
        assertEquals(seen.size(), distinct.size(), "no change twice");
        assertEquals(written, ours.size(), "every successful change is in the feed");
        assertTrue(distinct.containsAll(ours), "the reader that followed the cursor while they were written saw all");
    }
}
