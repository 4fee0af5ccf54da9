package io.unionhub.training.survey;

import static io.unionhub.training.support.TrainingApi.TWO_DAY;
import static io.unionhub.training.support.TrainingApi.asCadre;
import static io.unionhub.training.support.TrainingApi.asStaff;
import static io.unionhub.training.support.TrainingApi.enrol;
import static io.unionhub.training.support.TrainingApi.newMemberId;
import static io.unionhub.training.support.TrainingApi.registerCadre;
import static io.unionhub.training.support.TrainingApi.scheduleCohort;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.training.support.ServiceDatabase;

@QuarkusTest
@WithKafkaBroker
class NeedsSurveyTest {

    private static final String DIGITAL = "Digital transformation of unions";

    @Inject
    ServiceDatabase database;

    @Test
    void requestsAreGroupedByCategoryWithTheKeywordDictionaryForUncategorisedText() {
        UUID cohort = scheduleCohort(TWO_DAY, LocalDate.now().plusDays(30), 20);
        String water = enrolled(cohort);
        String aiPark = enrolled(cohort);
        String saltPark = enrolled(cohort);
        String port = enrolled(cohort);

        ask(water, cohort, Map.of("topic", "工会数字化转型怎么做")).then().statusCode(201);
        ask(aiPark, cohort, Map.of("topic", "How do unions go digital?")).then().statusCode(201);
        ask(saltPark, cohort, Map.of("topic", "盐业园区安全班组建设"), Map.of("topic", "Something else entirely"),
                Map.of("topic", "Team spirit", "category", "Safety team building")).then().statusCode(201);
        ask(port, cohort, Map.of("topic", "Tea breaks", "category", "My own idea")).then().statusCode(201);

        // people per category: the salt park's two safety topics are one cadre asking
        asStaff().get("/api/training/cohorts/" + cohort + "/topic-summary").then().statusCode(200)
                .body("category", equalTo(List.of(DIGITAL, "My own idea", "Safety team building", "Uncategorised")))
                .body("requests", equalTo(List.of(2, 1, 1, 1)))
                .body("adopted", equalTo(List.of(false, false, false, false)));
        List<String> answers = database.payloads("survey.answered.v1", cohort);
        assertEquals(4, answers.size(), "one event per answer");
        assertFalse(answers.stream().anyMatch(p -> p.contains("数字化") || p.contains("My own idea")),
                "what cadres typed stays in the service");
        assertEquals(1, answers.stream().filter(p -> p.contains("\"Other\"")).count());
    }

    @Test
    void aCadresNewAnswerReplacesTheirOldOneSoTheSummaryCountsPeople() {
        UUID cohort = scheduleCohort(TWO_DAY, LocalDate.now().plusDays(32), 20);
        String stuffer = enrolled(cohort);
        String honest = enrolled(cohort);
        Map<String, String> digital = Map.of("topic", "数字化工会");
        for (int i = 0; i < 20; i++) {
            ask(stuffer, cohort, digital, digital, digital, digital, digital, digital, digital, digital, digital,
                    digital).then().statusCode(201);
        }
        ask(honest, cohort, Map.of("topic", "Safety teams in the salt park")).then().statusCode(201);
        ask(honest, cohort, Map.of("topic", "智慧工会")).then().statusCode(201);

        asStaff().get("/api/training/cohorts/" + cohort + "/topic-summary").then().statusCode(200)
                .body("category", equalTo(List.of(DIGITAL)))
                .body("requests", equalTo(List.of(2)));
        List<String> answers = database.payloads("survey.answered.v1", cohort);
        assertEquals(22, answers.size());
        assertEquals(20, answers.stream().filter(p -> p.contains("\"replaced\": true")).count());
    }

    @Test
    void staffAdoptTheMostWantedCategoryAsAnExtensionModule() {
        UUID cohort = scheduleCohort(TWO_DAY, LocalDate.now().plusDays(31), 20);
        ask(enrolled(cohort), cohort, Map.of("topic", "智慧工会建设")).then().statusCode(201);

        asStaff().body(Map.of("category", DIGITAL, "title", "Digital transformation of unions: practice"))
                .post("/api/training/cohorts/" + cohort + "/extension-modules")
                .then().statusCode(200)
                .body("extensionModules[0].category", equalTo(DIGITAL))
                .body("extensionModules[0].title", equalTo("Digital transformation of unions: practice"));
        asStaff().get("/api/training/cohorts/" + cohort + "/topic-summary").then().body("[0].adopted", equalTo(true));
        asStaff().body(Map.of("category", DIGITAL)).post("/api/training/cohorts/" + cohort + "/extension-modules")
                .then().statusCode(409);
        asStaff().body(Map.of("category", "Industrial-worker reform"))
                .post("/api/training/cohorts/" + cohort + "/extension-modules")
                .then().statusCode(422);
        assertEquals(1, database.payloads("cohort.extension-module-adopted.v1", cohort).size());
    }

    @Test
    void twoAnswersOfOneCadreAtOnceLeaveOneAnswer() throws Exception {
        UUID cohort = scheduleCohort(TWO_DAY, LocalDate.now().plusDays(34), 20);
        String cadre = enrolled(cohort);
        for (int round = 0; round < 5; round++) {
            CompletableFuture<io.restassured.response.Response> digital = CompletableFuture.supplyAsync(
                    () -> ask(cadre, cohort, Map.of("topic", "智慧工会"), Map.of("topic", "数字化工会")));
            CompletableFuture<io.restassured.response.Response> safety = CompletableFuture.supplyAsync(
                    () -> ask(cadre, cohort, Map.of("topic", "Safety teams", "category", "Safety team building")));
            digital.get(10, TimeUnit.SECONDS).then().statusCode(201);
            safety.get(10, TimeUnit.SECONDS).then().statusCode(201);
        }
        List<Integer> people = asStaff().get("/api/training/cohorts/" + cohort + "/topic-summary")
                .then().statusCode(200).extract().path("requests");
        assertEquals(List.of(1), people, "one cadre, one answer: whichever came last");
    }

    @Test
    void aCategoryACadreTypedIsAdoptedButTravelsAsOther() {
        UUID cohort = scheduleCohort(TWO_DAY, LocalDate.now().plusDays(33), 20);
        ask(enrolled(cohort), cohort, Map.of("topic", "Tea breaks", "category", "Zhang Wei's tea club"))
                .then().statusCode(201);
        asStaff().body(Map.of("category", "Zhang Wei's tea club"))
                .post("/api/training/cohorts/" + cohort + "/extension-modules")
                .then().statusCode(200)
                .body("extensionModules[0].category", equalTo("Zhang Wei's tea club"));
        List<String> adopted = database.payloads("cohort.extension-module-adopted.v1", cohort);
        assertEquals(1, adopted.size());
        assertFalse(adopted.get(0).contains("Zhang Wei"), adopted.get(0));
        assertTrue(adopted.get(0).contains("\"category\": \"Other\""), adopted.get(0));
    }

    @Test
    void onlyEnrolledCadresAskAndOnlyWhileEnrolmentIsOpen() {
        UUID cohort = scheduleCohort(TWO_DAY, LocalDate.now().plusDays(32), 20);
        String outsider = newMemberId();
        registerCadre(outsider, "FULL_TIME", "Haixi", "Haixi Street");
        ask(outsider, cohort, Map.of("topic", "rights")).then().statusCode(422)
                .body("detail", equalTo("Only cadres enrolled in the cohort can request topics."));

        String member = enrolled(cohort);
        asStaff().post("/api/training/cohorts/" + cohort + "/close-enrolment").then().statusCode(200);
        ask(member, cohort, Map.of("topic", "rights")).then().statusCode(422)
                .body("detail", equalTo("The needs survey of this cohort is closed with its enrolment."));
    }

    @Test
    void theKeywordDictionaryIsStaffEditable() {
        String keyword = "kw-" + UUID.randomUUID();
        String id = asStaff().body(Map.of("keyword", keyword, "category", "Collective bargaining"))
                .post("/api/training/topic-keywords").then().statusCode(201).extract().path("id");
        UUID cohort = scheduleCohort(TWO_DAY, LocalDate.now().plusDays(33), 20);
        ask(enrolled(cohort), cohort, Map.of("topic", "tell us about " + keyword)).then().statusCode(201);
        asStaff().get("/api/training/cohorts/" + cohort + "/topic-summary").then()
                .body("category", equalTo(List.of("Collective bargaining")));

        asStaff().body(Map.of("keyword", keyword.toUpperCase(), "category", "Other")).post("/api/training/topic-keywords")
                .then().statusCode(409);
        asStaff().delete("/api/training/topic-keywords/" + id).then().statusCode(204);
        asStaff().get("/api/training/cohorts/" + cohort + "/topic-summary").then()
                .body("category", equalTo(List.of("Uncategorised")));
    }

    private String enrolled(UUID cohort) {
        String memberId = newMemberId();
        enrol(cohort, registerCadre(memberId, "FULL_TIME", "Binhai", "Binhai Water Company"));
        return memberId;
    }

    @SafeVarargs
    private static io.restassured.response.Response ask(String memberId, UUID cohort, Map<String, String>... topics) {
        return asCadre(memberId).body(Map.of("topics", List.of(topics)))
                .post("/api/training/cohorts/" + cohort + "/topic-requests");
    }
}
