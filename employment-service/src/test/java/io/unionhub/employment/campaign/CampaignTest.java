package io.unionhub.employment.campaign;

import static io.unionhub.employment.support.EmploymentApi.BRICKLAYER;
import static io.unionhub.employment.support.EmploymentApi.WELDER;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.employment.support.ServiceDatabase;
import io.unionhub.employment.support.TestClock;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class CampaignTest {

    @Inject
    TestClock clock;

    @Inject
    ServiceDatabase database;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private UUID openFair(int days) {
        return UUID.fromString(asStaff().body(Map.of("name", "春风行动招聘会", "type", "FAIR",
                        "startsOn", clock.today().toString(), "endsOn", clock.today().plusDays(days - 1).toString(),
                        "venue", "市人力资源市场", "targetGroups", List.of("BORDER_POLICE_FAMILY")))
                .post("/api/employment/campaigns").then().statusCode(201).extract().path("id"));
    }

    @Test
    void aFairsFiguresAreExactlyWhatWasRecordedAtIt() {
        UUID fair = openFair(2);
        String account = newMemberId();
        UUID factory = employer(account, true);
        UUID welders = posting(factory, WELDER, "焊工", 5);
        UUID bricklayers = posting(factory, BRICKLAYER, "砌筑工", 3);
        UUID otherEmployer = employer(null, true);
        UUID cooks = posting(otherEmployer, BRICKLAYER, "砌筑工", 2);
        as(account, "employer").body(Map.of("postingIds", List.of(welders.toString(), bricklayers.toString())))
                .post("/api/employment/campaigns/" + fair + "/employers").then().statusCode(200)
                .body("employers", equalTo(1)).body("posts", equalTo(2)).body("openings", equalTo(8));
        asStaff().body(Map.of("employerId", otherEmployer.toString(), "postingIds", List.of(cooks.toString())))
                .post("/api/employment/campaigns/" + fair + "/employers").then().statusCode(200);
        asStaff().body(Map.of("countedOn", clock.today().toString(), "visitors", 350))
                .post("/api/employment/campaigns/" + fair + "/visitors").then().statusCode(200)
                .body("visitors", equalTo(350));

        UUID registered = seeker("海西区", List.of(WELDER), List.of());
        UUID first = UUID.fromString(asStaff().body(Map.of("postingId", welders.toString(), "seekerId",
                registered.toString())).post("/api/employment/campaigns/" + fair + "/intents").then().statusCode(201)
                .extract().path("applicationId"));
        asStaff().body(Map.of("postingId", bricklayers.toString(), "walkIn",
                        seekerBody("东港区", List.of(BRICKLAYER), List.of())))
                .post("/api/employment/campaigns/" + fair + "/intents").then().statusCode(201);
        move(first, "HIRED");

        asStaff().get("/api/employment/campaigns/" + fair).then().statusCode(200)
                .body("figures.employers", equalTo(2)).body("figures.posts", equalTo(3))
                .body("figures.openings", equalTo(10)).body("figures.trades", equalTo(2))
                .body("figures.visitors", equalTo(350)).body("figures.intents", equalTo(2))
                .body("figures.hires", equalTo(1));
        asStaff().get("/api/employment/applications/" + first).then().body("source", equalTo("CAMPAIGN"))
                .body("campaignId", equalTo(fair.toString()));

        asStaff().post("/api/employment/campaigns/" + fair + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        String closed = database.payloads("campaign.closed.v1", fair).get(0);
        assertTrue(closed.contains("\"intents\": 2") && closed.contains("\"hires\": 1"), closed);
        assertEquals(2, database.payloads("campaign.employer-joined.v1", fair).size());
        asStaff().body(Map.of("postingId", welders.toString(), "seekerId", seeker("海西区", List.of(WELDER),
                List.of()).toString())).post("/api/employment/campaigns/" + fair + "/intents").then().statusCode(409);
        asStaff().body(Map.of("countedOn", clock.today().toString(), "visitors", 3))
                .post("/api/employment/campaigns/" + fair + "/visitors").then().statusCode(409);
        asStaff().get("/api/employment/campaigns/" + fair).then().body("figures.visitors", equalTo(350));
    }

    @Test
    void intentsAreRecordedOnlyOnTheCampaignsDaysForPostingsThatJoined() {
        UUID fair = openFair(1);
        UUID factory = employer(null, true);
        UUID joined = posting(factory, WELDER, "焊工", 5);
        UUID notJoined = posting(factory, WELDER, "焊工二", 5);
        asStaff().body(Map.of("employerId", factory.toString(), "postingIds", List.of(joined.toString())))
                .post("/api/employment/campaigns/" + fair + "/employers").then().statusCode(200);
        UUID seekerId = seeker("海西区", List.of(WELDER), List.of());
        asStaff().body(Map.of("postingId", notJoined.toString(), "seekerId", seekerId.toString()))
                .post("/api/employment/campaigns/" + fair + "/intents").then().statusCode(400);
        asStaff().body(Map.of("postingId", joined.toString())).post("/api/employment/campaigns/" + fair + "/intents")
                .then().statusCode(400);
        clock.advanceDays(1);
        asStaff().body(Map.of("postingId", joined.toString(), "seekerId", seekerId.toString()))
                .post("/api/employment/campaigns/" + fair + "/intents").then().statusCode(409);
        asStaff().body(Map.of("countedOn", clock.today().plusDays(1).toString(), "visitors", 10))
                .post("/api/employment/campaigns/" + fair + "/visitors").then().statusCode(400);
    }

    @Test
    void aCampaignHasItsVenueAndLastsAtMostAYear() {
        asStaff().body(Map.of("name", "招聘会", "type", "FAIR", "startsOn", clock.today().toString(),
                "endsOn", clock.today().toString(), "venue", "   ")).post("/api/employment/campaigns").then()
                .statusCode(400).body("errors[0].field", equalTo("venue"));
        asStaff().body(Map.of("name", "招聘会", "type", "RECRUITMENT_MONTH", "startsOn", clock.today().toString(),
                "endsOn", "9999-12-31")).post("/api/employment/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
    }

    @Test
    void aLivestreamNeedsItsLinkAndAnEmployerCannotJoinWithAnotherEmployersPosting() {
        asStaff().body(Map.of("name", "工厂直播带岗", "type", "LIVESTREAM", "startsOn", clock.today().toString(),
                "endsOn", clock.today().toString())).post("/api/employment/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("streamUrl"));
        UUID live = UUID.fromString(asStaff().body(Map.of("name", "工厂直播带岗", "type", "LIVESTREAM",
                "startsOn", clock.today().toString(), "endsOn", clock.today().toString(),
                "streamUrl", "https://live.example.cn/room/12351")).post("/api/employment/campaigns")
                .then().statusCode(201).extract().path("id"));
        String account = newMemberId();
        employer(account, true);
        UUID someoneElses = posting(employer(null, true), WELDER, "焊工", 2);
        as(account, "employer").body(Map.of("postingIds", List.of(someoneElses.toString())))
                .post("/api/employment/campaigns/" + live + "/employers").then().statusCode(400);
    }
}
