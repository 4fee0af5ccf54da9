package io.unionhub.mediation.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.unionhub.kit.testing.TestTokens;

/** The calls the mediation tests make again and again, through the REST API as its users would. */
public final class MediationApi {

    public static final UUID HAIXI_CENTRE = UUID.fromString("6c0e8a1f-0000-4000-8000-000000000003");
    public static final UUID BINHAI_CENTRE = UUID.fromString("6c0e8a1f-0000-4000-8000-000000000002");

    private MediationApi() {
    }

    public static RequestSpecification asStaff() {
        return as("staff-1", "union-staff");
    }

    public static RequestSpecification as(String memberId, String role) {
        return given().header("Authorization", TestTokens.bearer(memberId, role)).contentType(ContentType.JSON);
    }

    public static Map<String, Object> hotlineCall(String category) {
        return Map.of("channel", "PHONE_12351", "category", category, "complexity", "ORDINARY",
                "callerPhone", "13812345678", "matter", "工地拖欠三个月工资，约两万元。");
    }

    /** A hotline call taken by staff; its id. */
    public static UUID file() {
        return UUID.fromString(asStaff().body(hotlineCall("LABOUR_DISPUTE")).post("/api/mediation/work-orders")
                .then().statusCode(201).extract().path("id"));
    }

    public static void step(UUID order, String action, Map<String, ?> body, int expected) {
        asStaff().body(body).post("/api/mediation/work-orders/" + order + "/" + action).then().statusCode(expected);
    }
}
