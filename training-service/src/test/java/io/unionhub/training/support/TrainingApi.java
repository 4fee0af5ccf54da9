package io.unionhub.training.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.unionhub.kit.testing.TestTokens;

/** The calls the training tests make again and again, through the REST API as its users would. */
public final class TrainingApi {

    public static final UUID TWO_DAY = UUID.fromString("2f0c6a4e-1d2b-4c3a-9e1f-000000000002");
    public static final UUID THREE_DAY = UUID.fromString("2f0c6a4e-1d2b-4c3a-9e1f-000000000003");
    public static final String STAFF = TestTokens.bearer("staff-1", "union-staff");

    private TrainingApi() {
    }

    public static RequestSpecification asStaff() {
        return given().header("Authorization", STAFF).contentType(ContentType.JSON);
    }

    /** A request as the cadre with this member id. */
    public static RequestSpecification asCadre(String memberId) {
        return given().header("Authorization", TestTokens.bearer(memberId, "cadre")).contentType(ContentType.JSON);
    }

    public static String newMemberId() {
        return "m-" + UUID.randomUUID();
    }

    public static UUID registerCadre(String memberId, String role, String district, String unit) {
        return UUID.fromString(asStaff().body(Map.of("memberId", memberId, "name", "张伟", "unionUnit", unit,
                        "unitType", "ENTERPRISE", "district", district, "role", role, "appointedOn", "2025-06-01"))
                .post("/api/training/cadres").then().statusCode(201).extract().path("id"));
    }

    public static UUID registerCadre(String role, String district) {
        return registerCadre(newMemberId(), role, district, "Unit of " + district);
    }

    public static UUID scheduleCohort(UUID trackId, LocalDate startsOn, int capacity) {
        return UUID.fromString(asStaff().body(Map.of("trackId", trackId.toString(), "startsOn", startsOn.toString(),
                        "venue", "Workers' Cultural Palace", "capacity", capacity))
                .post("/api/training/cohorts").then().statusCode(201).extract().path("id"));
    }

    /** Staff enrol the cadre; returns the enrolment's answer status (CONFIRMED or WAITLISTED). */
    public static String enrol(UUID cohortId, UUID cadreId) {
        return asStaff().body(Map.of("cadreId", cadreId.toString()))
                .post("/api/training/cohorts/" + cohortId + "/enrolments")
                .then().statusCode(201).extract().path("status");
    }

    public static UUID enrolmentId(UUID cohortId, UUID cadreId) {
        return UUID.fromString(asStaff().body(Map.of("cadreId", cadreId.toString()))
                .post("/api/training/cohorts/" + cohortId + "/enrolments")
                .then().statusCode(201).extract().path("id"));
    }
}
