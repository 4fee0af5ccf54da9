package io.unionhub.employment.trainingorder;

import static io.unionhub.employment.support.EmploymentApi.WELDER;
import static io.unionhub.employment.support.EmploymentApi.asStaff;
import static io.unionhub.employment.support.EmploymentApi.employer;
import static io.unionhub.employment.support.EmploymentApi.posting;
import static io.unionhub.employment.support.EmploymentApi.seeker;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.employment.support.ServiceDatabase;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.TopicWriter;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class TrainingOrderTest {

    private static final String TRACK_COMPLETED = "unionhub.training.cadre.track-completed.v1";
    private static final UUID TWO_DAY_TRACK = UUID.fromString("2f0c6a4e-1d2b-4c3a-9e1f-000000000002");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ServiceDatabase database;

    private record Order(UUID orderId, UUID employerId, UUID postingId) {
    }

    private static Order order(int headcount, UUID trackId) {
        UUID employerId = employer(null, true);
        UUID postingId = posting(employerId, WELDER, "订单班焊工", 10);
        Map<String, Object> body = new HashMap<>(Map.of("employerId", employerId.toString(), "postingId",
                postingId.toString(), "tradeCode", WELDER, "headcount", headcount,
                "skills", List.of("二氧化碳保护焊", "船体分段焊接"), "deadline", LocalDate.now().plusMonths(3).toString()));
        if (trackId != null) {
            body.put("trainingTrackId", trackId.toString());
        }
        UUID orderId = UUID.fromString(asStaff().body(body).post("/api/employment/training-orders")
                .then().statusCode(201).extract().path("id"));
        return new Order(orderId, employerId, postingId);
    }

    private static UUID assign(UUID orderId, UUID seekerId, UUID cadreId) {
        Map<String, Object> body = new HashMap<>(Map.of("seekerId", seekerId.toString()));
        if (cadreId != null) {
            body.put("trainingCadreId", cadreId.toString());
        }
        return UUID.fromString(asStaff().body(body).post("/api/employment/training-orders/" + orderId + "/trainees")
                .then().statusCode(201).extract().path("id"));
    }

    /** training-service's completion, as documented (and as its own test checks it publishes), with these ids. */
    private void trainingServicePublishesCompletion(UUID cadreId, UUID trackId, String eventId) throws Exception {
        trainingServicePublishes(TRACK_COMPLETED, cadreId.toString(), cadreId, trackId, eventId);
    }

    /**
     * The same, of this type and with this record key: the tests that must know an event was handled send a marker
     * behind it with the same key (one partition: handled in order).
     */
    private void trainingServicePublishes(String type, String key, UUID cadreId, UUID trackId, String eventId)
            throws Exception {
        ObjectNode event = EventCatalogue.example(TRACK_COMPLETED);
        event.put("type", type);
        event.put("id", eventId);
        event.put("subject", cadreId.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("completionId", UUID.randomUUID().toString());
        data.put("cadreId", cadreId.toString());
        data.put("trackId", trackId.toString());
        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            writer.send("unionhub.training.events", key, event.toString());
        }
    }

    @Test
    void aCourseCompletedInTrainingServiceGraduatesTheLinkedTraineeIntoAnApplicationToTheEmployer() throws Exception {
        Order order = order(5, TWO_DAY_TRACK);
        UUID seekerId = seeker("海西区", List.of(WELDER), List.of("手工电弧焊"));
        UUID cadreId = UUID.randomUUID();
        UUID traineeId = assign(order.orderId(), seekerId, cadreId);

        String eventId = UUID.randomUUID().toString();
        trainingServicePublishesCompletion(cadreId, TWO_DAY_TRACK, eventId);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asStaff()
                .get("/api/employment/training-orders/" + order.orderId() + "/trainees").then()
                .body("items[0].status", equalTo("GRADUATED")));
        asStaff().get("/api/employment/training-orders/" + order.orderId() + "/trainees").then()
                .body("items[0].id", equalTo(traineeId.toString())).body("items[0].course", equalTo("UH-2026-000042"))
                .body("items[0].applicationId", notNullValue());
        asStaff().get("/api/employment/seekers/" + seekerId).then()
                .body("skills", equalTo(List.of("手工电弧焊", "二氧化碳保护焊", "船体分段焊接")));
        asStaff().queryParam("postingId", order.postingId()).get("/api/employment/applications").then()
                .body("items.seekerId", equalTo(List.of(seekerId.toString())))
                .body("items[0].source", equalTo("TRAINING_ORDER"));
        assertEquals(1, database.payloads("training-order.graduate-placed.v1", order.orderId()).size());
    }

    /** A redelivered event (same id) is skipped, even if its data would now graduate someone. */
    @Test
    void aRedeliveredCompletionIsSkippedAndAnUnknownVersionIsDeadLettered() throws Exception {
        Order order = order(5, null);
        UUID firstCadre = UUID.randomUUID();
        UUID secondCadre = UUID.randomUUID();
        UUID markerCadre = UUID.randomUUID();
        assign(order.orderId(), seeker("海西区", List.of(WELDER), List.of()), firstCadre);
        assign(order.orderId(), seeker("海西区", List.of(WELDER), List.of()), secondCadre);
        assign(order.orderId(), seeker("海西区", List.of(WELDER), List.of()), markerCadre);
        String key = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        trainingServicePublishes(TRACK_COMPLETED, key, firstCadre, TWO_DAY_TRACK, eventId);
        trainingServicePublishes(TRACK_COMPLETED, key, secondCadre, TWO_DAY_TRACK, eventId); // a repeat of that id
        trainingServicePublishes("unionhub.training.cadre.track-completed.v2", key, secondCadre, TWO_DAY_TRACK,
                UUID.randomUUID().toString());
        trainingServicePublishes(TRACK_COMPLETED, key, markerCadre, TWO_DAY_TRACK, UUID.randomUUID().toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asStaff()
                .get("/api/employment/training-orders/" + order.orderId() + "/trainees").then()
                .body("items.findAll { it.status == 'GRADUATED' }.trainingCadreId", hasItem(markerCadre.toString())));
        asStaff().get("/api/employment/training-orders/" + order.orderId() + "/trainees").then()
                .body("items.findAll { it.status == 'GRADUATED' }.trainingCadreId",
                        equalTo(List.of(firstCadre.toString(), markerCadre.toString())));
        try (TopicReader dlq = new TopicReader(bootstrapServers, "unionhub.employment-training-graduates.dlq")) {
            dlq.readUntil(records -> records.stream().anyMatch(r -> r.value().contains("track-completed.v2")),
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void aCompletionOfAnotherTrackOrAnUnlinkedCadreGraduatesNobody() throws Exception {
        Order order = order(5, TWO_DAY_TRACK);
        UUID cadreId = UUID.randomUUID();
        assign(order.orderId(), seeker("海西区", List.of(WELDER), List.of()), cadreId);
        String key = UUID.randomUUID().toString();
        trainingServicePublishes(TRACK_COMPLETED, key, cadreId, UUID.randomUUID(), UUID.randomUUID().toString());
        trainingServicePublishes(TRACK_COMPLETED, key, UUID.randomUUID(), TWO_DAY_TRACK, UUID.randomUUID().toString());
        // a marker behind them on the same key (one partition, handled in order): once it is, they were
        Order other = order(1, null);
        UUID otherCadre = UUID.randomUUID();
        assign(other.orderId(), seeker("海西区", List.of(WELDER), List.of()), otherCadre);
        trainingServicePublishes(TRACK_COMPLETED, key, otherCadre, UUID.randomUUID(), UUID.randomUUID().toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asStaff()
                .get("/api/employment/training-orders/" + other.orderId() + "/trainees").then()
                .body("items[0].status", equalTo("GRADUATED")));
        asStaff().get("/api/employment/training-orders/" + order.orderId() + "/trainees").then()
                .body("items[0].status", equalTo("ASSIGNED"));
    }

    @Test
    void staffRecordAnOutsideCourseAndTheHeadcountIsNeverExceeded() {
        Order order = order(2, null);
        UUID first = seeker("海西区", List.of(WELDER), List.of());
        UUID traineeId = assign(order.orderId(), first, null);
        assign(order.orderId(), seeker("海西区", List.of(WELDER), List.of()), null);
        asStaff().body(Map.of("seekerId", seeker("海西区", List.of(WELDER), List.of()).toString()))
                .post("/api/employment/training-orders/" + order.orderId() + "/trainees").then().statusCode(409);
        asStaff().body(Map.of("seekerId", first.toString()))
                .post("/api/employment/training-orders/" + order.orderId() + "/trainees").then().statusCode(409);

        asStaff().body(Map.of("course", "县职业技能培训中心焊工班"))
                .post("/api/employment/training-orders/" + order.orderId() + "/trainees/" + traineeId + "/graduation")
                .then().statusCode(200).body("status", equalTo("GRADUATED")).body("applicationId", notNullValue());
        asStaff().body(Map.of("course", "again"))
                .post("/api/employment/training-orders/" + order.orderId() + "/trainees/" + traineeId + "/graduation")
                .then().statusCode(409);
        asStaff().get("/api/employment/seekers/" + first).then().body("skills", hasItem("船体分段焊接"));
    }

    @Test
    void aCadreIsLinkedToOneTraineeInTrainingEvenWhenTwoOrdersAssignItAtOnce() throws Exception {
        List<Order> orders = List.of(order(5, null), order(5, null), order(5, null), order(5, null));
        UUID cadreId = UUID.randomUUID();
        List<UUID> seekers = List.of(seeker("海西区", List.of(WELDER), List.of()),
                seeker("海西区", List.of(WELDER), List.of()), seeker("海西区", List.of(WELDER), List.of()),
                seeker("海西区", List.of(WELDER), List.of()));
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.CompletableFuture<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            UUID orderId = orders.get(i).orderId();
            UUID seekerId = seekers.get(i);
            answers.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return asStaff().body(Map.of("seekerId", seekerId.toString(), "trainingCadreId", cadreId.toString()))
                        .post("/api/employment/training-orders/" + orderId + "/trainees").statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get(1, java.util.concurrent.TimeUnit.MINUTES));
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(orders.size() - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void anOrdersTradeIsItsPostingsTrade() {
        UUID employerId = employer(null, true);
        UUID postingId = posting(employerId, WELDER, "焊工", 10);
        asStaff().body(Map.of("employerId", employerId.toString(), "postingId", postingId.toString(),
                        "tradeCode", io.unionhub.employment.support.EmploymentApi.BRICKLAYER, "headcount", 5,
                        "skills", List.of(), "deadline", LocalDate.now().plusMonths(1).toString()))
                .post("/api/employment/training-orders").then().statusCode(400)
                .body("errors[0].field", equalTo("tradeCode"));
    }
}
