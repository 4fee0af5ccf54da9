package io.unionhub.employment.seeker;

import static io.unionhub.employment.support.EmploymentApi.BRICKLAYER;
import static io.unionhub.employment.support.EmploymentApi.HOUSEKEEPER;
import static io.unionhub.employment.support.EmploymentApi.WELDER;
import static io.unionhub.employment.support.EmploymentApi.as;
import static io.unionhub.employment.support.EmploymentApi.asStaff;
import static io.unionhub.employment.support.EmploymentApi.newMemberId;
import static io.unionhub.employment.support.EmploymentApi.newPhone;
import static io.unionhub.employment.support.EmploymentApi.seekerBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.employment.support.ServiceDatabase;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class SeekerTest {

    @Inject
    ServiceDatabase database;

    @Test
    void staffRegisterASurveyedVillagerWhoseNameAndPhoneAreStoredEncryptedAndKeptOutOfTheEvent() {
        Map<String, Object> body = seekerBody("盐田区", List.of(HOUSEKEEPER), List.of("家务"));
        String phone = (String) body.get("phone");
        UUID id = UUID.fromString(asStaff().body(body).post("/api/employment/seekers").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/employment/seekers/[0-9a-f-]{36}")).body("registeredBy",
                        equalTo("STAFF_SURVEY"))
                .extract().path("id"));
        assertFalse(database.stored("seeker", "name", id).contains("李秀英"));
        assertFalse(database.stored("seeker", "phone", id).contains(phone));
        String event = database.payloads("seeker.registered.v1", id).get(0);
        assertFalse(event.contains("李秀英") || event.contains(phone), event);
        assertTrue(event.contains(HOUSEKEEPER), event);
    }

    @Test
    void staffListsMaskThePhoneAndFilterByTradeDistrictAndTargetGroup() {
        Map<String, Object> body = new HashMap<>(seekerBody("边境区", List.of(BRICKLAYER), List.of()));
        body.put("targetGroups", List.of("BORDER_POLICE_FAMILY"));
        String phone = (String) body.get("phone");
        asStaff().body(body).post("/api/employment/seekers").then().statusCode(201);
        asStaff().queryParam("district", "边境区").queryParam("trade", BRICKLAYER)
                .queryParam("targetGroup", "BORDER_POLICE_FAMILY").get("/api/employment/seekers")
                .then().statusCode(200)
                .body("items.maskedPhone", hasItem(phone.substring(0, 3) + "****" + phone.substring(7)))
                .body("items.maskedPhone", everyItem(matchesPattern("\\d{3}\\*{4}\\d{4}")))
                .body("items.district", everyItem(equalTo("边境区")))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("phone")));
        asStaff().queryParam("trade", WELDER).queryParam("district", "边境区").get("/api/employment/seekers")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aWorkerRegistersOnceAndSeesAndEditsOnlyTheirOwnProfile() {
        String member = newMemberId();
        UUID mine = UUID.fromString(as(member, "worker").body(seekerBody("海西区", List.of(WELDER), List.of()))
                .post("/api/employment/seekers/me").then().statusCode(201).body("registeredBy", equalTo("SELF"))
                .extract().path("id"));
        as(member, "worker").body(seekerBody("海西区", List.of(WELDER), List.of())).post("/api/employment/seekers/me")
                .then().statusCode(409);
        Map<String, Object> changed = new HashMap<>(seekerBody("东港区", List.of(WELDER, BRICKLAYER), List.of("氩弧焊")));
        as(member, "worker").body(changed).put("/api/employment/seekers/me").then().statusCode(200)
                .body("district", equalTo("东港区")).body("skills", equalTo(List.of("氩弧焊")));
        as(member, "worker").get("/api/employment/seekers/" + mine).then().statusCode(200)
                .body("phone", equalTo(changed.get("phone")));

        UUID someoneElse = io.unionhub.employment.support.EmploymentApi.seeker("海西区", List.of(WELDER), List.of());
        as(member, "worker").get("/api/employment/seekers/" + someoneElse).then().statusCode(403);
        as(member, "worker").get("/api/employment/seekers").then().statusCode(403);
        as(newMemberId(), "worker").get("/api/employment/seekers/me").then().statusCode(404);
    }

    @Test
    void anImportWithAnIdempotencyKeyRunsOnceAndIsReplayed() {
        String csv = "name,phone,district,township,village,wantedTrades,skills,certificates,earliestStart,gigWanted,targetGroups\n"
                + "周敏," + newPhone() + ",重放区,,," + HOUSEKEEPER + ",,,,false,\n";
        String key = "import-" + UUID.randomUUID();
        asStaff().contentType("text/csv; charset=UTF-8").header("Idempotency-Key", key).body(csv)
                .post("/api/employment/seekers/imports").then().statusCode(200).body("imported", equalTo(1));
        asStaff().contentType("text/csv; charset=UTF-8").header("Idempotency-Key", key).body(csv)
                .post("/api/employment/seekers/imports").then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("imported", equalTo(1));
        asStaff().queryParam("district", "重放区").get("/api/employment/seekers").then().body("total", equalTo(1));
    }

    @Test
    void anIdIsTakenOnlyInItsCanonicalSpelling() {
        UUID id = io.unionhub.employment.support.EmploymentApi.seeker("海西区", List.of(WELDER), List.of());
        String loose = id.toString().replaceFirst("-0", "-"); // the JDK would read it as the same id
        if (!loose.equals(id.toString())) {
            asStaff().get("/api/employment/seekers/" + loose).then().statusCode(400);
        }
        asStaff().get("/api/employment/seekers/1-1-1-1-1").then().statusCode(400);
        asStaff().get("/api/employment/seekers/" + id).then().statusCode(200);
    }

    @Test
    void aTradeCodeOutsideTheClassificationIsRefused() {
        asStaff().body(seekerBody("海西区", List.of("9-99-99-99"), List.of())).post("/api/employment/seekers")
                .then().statusCode(400).body("errors[0].field", equalTo("wantedTrades"));
        Map<String, Object> badPhone = new HashMap<>(seekerBody("海西区", List.of(WELDER), List.of()));
        badPhone.put("phone", "12345");
        asStaff().body(badPhone).post("/api/employment/seekers").then().statusCode(400)
                .body("errors[0].field", equalTo("phone"));
    }

    @Test
    void aSurveyCsvIsImportedWholeOrNotAtAll() {
        String phone1 = newPhone();
        String phone2 = newPhone();
        String good = "name,phone,district,township,village,wantedTrades,skills,certificates,earliestStart,gigWanted,targetGroups\n"
                + "李秀英," + phone1 + ",导入区,盐场镇,东湾村," + HOUSEKEEPER + ",家务|烹饪,健康证,2026-12-01,true,HARDSHIP\n"
                + "王建军," + phone2 + ",导入区,渔港镇,西岙村," + BRICKLAYER + "|" + WELDER + ",砌砖,,,false,\n";
        String bad = good
                + "赵强," + phone1 + ",导入区,,,,,,,false,\n" // the same phone again
                + "孙丽," + newPhone() + ",导入区,,,,,,,maybe,\n"
                + "钱多,13700000000,导入区,,,9-99-99-99,,,,false,\n";
        asStaff().contentType("text/csv; charset=UTF-8").body(bad).post("/api/employment/seekers/imports")
                .then().statusCode(400).body("errors.field", equalTo(List.of("line 4", "line 5", "line 6")));
        asStaff().queryParam("district", "导入区").get("/api/employment/seekers").then().body("total", equalTo(0));

        asStaff().contentType("text/csv; charset=UTF-8").queryParam("atomic", false).body(bad).post("/api/employment/seekers/imports")
                .then().statusCode(200).body("rows", equalTo(5)).body("imported", equalTo(2))
                .body("rejected[0].reasons", hasItem("phone also on line 2")).body("rejected[0].key", equalTo(phone1))
                .body("rejected[1].reasons", equalTo(List.of("gigWanted must be true or false")))
                .body("rejected[2].reasons[0]", org.hamcrest.Matchers.containsString("9-99-99-99"));
        asStaff().queryParam("district", "导入区").queryParam("targetGroup", "HARDSHIP")
                .get("/api/employment/seekers").then().body("total", equalTo(1))
                .body("items[0].wantedTrades", equalTo(List.of(HOUSEKEEPER)));
    }
}
