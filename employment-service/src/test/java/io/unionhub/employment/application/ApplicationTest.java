package io.unionhub.employment.application;

import static io.unionhub.employment.support.EmploymentApi.WELDER;
import static io.unionhub.employment.support.EmploymentApi.apply;
import static io.unionhub.employment.support.EmploymentApi.as;
import static io.unionhub.employment.support.EmploymentApi.asStaff;
import static io.unionhub.employment.support.EmploymentApi.employer;
import static io.unionhub.employment.support.EmploymentApi.move;
import static io.unionhub.employment.support.EmploymentApi.newMemberId;
import static io.unionhub.employment.support.EmploymentApi.posting;
import static io.unionhub.employment.support.EmploymentApi.seeker;
import static io.unionhub.employment.support.EmploymentApi.seekerBody;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.employment.support.ServiceDatabase;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class ApplicationTest {

    @Inject
    ServiceDatabase database;

    private static void moveExpecting(UUID application, String status, int expected) {
        asStaff().body(Map.of("status", status)).post("/api/employment/applications/" + application + "/status")
                .then().statusCode(expected);
    }

    @Test
    void anApplicationMovesOnlyAlongTheAllowedTransitions() {
        UUID postingId = posting(employer(null, true), WELDER, "焊工", 3);
        UUID application = apply(postingId, seeker("海西区", List.of(WELDER), List.of()));
        moveExpecting(application, "HIRED", 409); // not before an intent
        move(application, "INTERVIEWING");
        moveExpecting(application, "SUBMITTED", 409);
        move(application, "INTENT_REACHED");
        move(application, "HIRED");
        moveExpecting(application, "WITHDRAWN", 409); // hired is final
        assertEquals(3, database.payloads("application.status-changed.v1", application).size());
        assertEquals(1, database.payloads("application.intent-reached.v1", application).size());
        assertEquals(1, database.payloads("application.hired.v1", application).size());
        asStaff().get("/api/employment/postings/" + postingId).then().body("openingsLeft", equalTo(2));
    }

    @Test
    void staffListsNarrowedByEveryFilterGiven() {
        UUID postingId = posting(employer(null, true), WELDER, "焊工", 3);
        UUID first = seeker("海西区", List.of(WELDER), List.of());
        UUID hired = apply(postingId, first);
        apply(postingId, seeker("海西区", List.of(WELDER), List.of()));
        move(hired, "INTENT_REACHED");
        move(hired, "HIRED");
        asStaff().queryParam("postingId", postingId).get("/api/employment/applications").then().body("total",
                equalTo(2));
        asStaff().queryParam("postingId", postingId).queryParam("seekerId", first)
                .get("/api/employment/applications").then().body("items.id", equalTo(List.of(hired.toString())));
        asStaff().queryParam("seekerId", first).queryParam("status", "SUBMITTED")
                .get("/api/employment/applications").then().body("total", equalTo(0));
        asStaff().queryParam("postingId", postingId).queryParam("status", "HIRED")
                .get("/api/employment/applications").then().body("items.id", equalTo(List.of(hired.toString())));
        as(newMemberId(), "employer").get("/api/employment/applications").then().statusCode(400);
        asStaff().body(Map.of("postingId", UUID.randomUUID().toString(), "seekerId", first.toString()))
                .post("/api/employment/applications").then().statusCode(400)
                .body("errors[0].field", equalTo("postingId"));
    }

    @Test
    void oneLiveApplicationPerSeekerAndPostingAndAWithdrawnOneMayBeMadeAgain() {
        UUID postingId = posting(employer(null, true), WELDER, "焊工", 3);
        UUID seekerId = seeker("海西区", List.of(WELDER), List.of());
        UUID first = apply(postingId, seekerId);
        asStaff().body(Map.of("postingId", postingId.toString(), "seekerId", seekerId.toString()))
                .post("/api/employment/applications").then().statusCode(409);
        move(first, "WITHDRAWN");
        apply(postingId, seekerId);
    }

    @Test
    void theSeekerMayOnlyWithdrawAndTheEmployerOnlyDecideOnItsOwnPostings() {
        String worker = newMemberId();
        UUID seekerId = UUID.fromString(as(worker, "worker").body(seekerBody("海西区", List.of(WELDER), List.of()))
                .post("/api/employment/seekers/me").then().statusCode(201).extract().path("id"));
        String account = newMemberId();
        UUID postingId = posting(employer(account, true), WELDER, "焊工", 2);
        UUID application = UUID.fromString(as(worker, "worker").body(Map.of("postingId", postingId.toString()))
                .post("/api/employment/applications").then().statusCode(201).body("source", equalTo("SELF"))
                .body("seekerId", equalTo(seekerId.toString())).extract().path("id"));

        as(worker, "worker").body(Map.of("status", "HIRED"))
                .post("/api/employment/applications/" + application + "/status").then().statusCode(403);
        as(newMemberId(), "employer").body(Map.of("status", "INTERVIEWING"))
                .post("/api/employment/applications/" + application + "/status").then().statusCode(403);
        as(account, "employer").body(Map.of("status", "WITHDRAWN"))
                .post("/api/employment/applications/" + application + "/status").then().statusCode(403);
        as(account, "employer").body(Map.of("status", "INTERVIEWING"))
                .post("/api/employment/applications/" + application + "/status").then().statusCode(200);
        as(account, "employer").queryParam("postingId", postingId).get("/api/employment/applications")
                .then().statusCode(200).body("total", equalTo(1));
        as(worker, "worker").get("/api/employment/applications/mine").then().body("items[0].status",
                equalTo("INTERVIEWING"));
        as(worker, "worker").body(Map.of("status", "WITHDRAWN"))
                .post("/api/employment/applications/" + application + "/status").then().statusCode(200);
    }

    @Test
    void concurrentHiresAtTheLastOpeningExactlyOneWins() throws Exception {
        UUID postingId = posting(employer(null, true), WELDER, "最后一个名额", 2);
        UUID already = apply(postingId, seeker("海西区", List.of(WELDER), List.of()));
        move(already, "INTENT_REACHED");
        move(already, "HIRED");
        List<UUID> contenders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID application = apply(postingId, seeker("海西区", List.of(WELDER), List.of()));
            move(application, "INTENT_REACHED");
            contenders.add(application);
        }
        ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (UUID application : contenders) {
            answers.add(pool.submit(() -> {
                go.await();
                return asStaff().body(Map.of("status", "HIRED"))
                        .post("/api/employment/applications/" + application + "/status").statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(1, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(contenders.size() - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        asStaff().get("/api/employment/postings/" + postingId).then().body("status", equalTo("FILLED"))
                .body("openingsLeft", equalTo(0));
        assertEquals(1, database.payloads("posting.filled.v1", postingId).size());
        asStaff().body(Map.of("postingId", postingId.toString(), "seekerId",
                seeker("海西区", List.of(WELDER), List.of()).toString())).post("/api/employment/applications")
                .then().statusCode(409);
    }
}
