package io.unionhub.mediation.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
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

    /** A valid credit code no real organisation has (region 99). */
    public static final String EMPLOYER_CODE = "91990200MA2XY4K311";

    /** A mediator newly on the roster of the Haixi centre; their member id. */
    public static String newMediator() {
        String memberId = "med-" + UUID.randomUUID().toString().substring(0, 8);
        asStaff().body(Map.of("memberId", memberId, "displayName", "王调解员", "centreId", HAIXI_CENTRE.toString()))
                .post("/api/mediation/mediators").then().statusCode(201);
        return memberId;
    }

    public static RequestSpecification asMediator(String memberId) {
        return as(memberId, "mediator");
    }

    /** A direct application received today, for unpaid wages, the worker helped by a union legal-aid agent. */
    public static Map<String, Object> caseBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("centreId", HAIXI_CENTRE.toString());
        body.put("worker", Map.of("memberId", "m-" + UUID.randomUUID().toString().substring(0, 8), "name", "李建国",
                "phone", "13812345678"));
        body.put("employer", Map.of("name", "海西船舶重工有限公司", "creditCode", EMPLOYER_CODE));
        body.put("claims", List.of(Map.of("kind", "UNPAID_WAGES", "amount", 21600.00, "detail", "八月至十月工资未发"),
                Map.of("kind", "SOCIAL_INSURANCE")));
        body.put("agents", List.of(Map.of("forParty", "WORKER", "kind", "UNION_LEGAL_AID", "name", "张律师",
                "memberId", "lawyer-412")));
        return body;
    }

    public static UUID openCase(Map<String, Object> body) {
        return UUID.fromString(asStaff().body(body).post("/api/mediation/cases").then().statusCode(201)
                .extract().path("id"));
    }

    /** A case opened today and taken by a mediator who declared no conflict; its id. */
    public static UUID caseWithMediator(String mediator) {
        UUID id = openCase(caseBody());
        asMediator(mediator).body(Map.of("conflict", "NONE")).post("/api/mediation/cases/" + id + "/declaration")
                .then().statusCode(200);
        asMediator(mediator).body(Map.of("mediatorId", mediator)).post("/api/mediation/cases/" + id + "/mediator")
                .then().statusCode(200);
        return id;
    }

    /** Writes an agreement of 21,600 yuan of wages, due in ten days, by the case's mediator. */
    public static void draftAgreement(UUID id, String mediator, String performBy) {
        asMediator(mediator).body(Map.of("terms", "用人单位于期限内支付拖欠工资21600元。",
                "items", List.of(Map.of("kind", "UNPAID_WAGES", "amount", 21600.00)), "performBy", performBy))
                .put("/api/mediation/cases/" + id + "/agreement").then().statusCode(200);
    }

    public static void sign(UUID id, String mediator, String party, int expected) {
        asMediator(mediator).body(Map.of("party", party)).post("/api/mediation/cases/" + id + "/agreement/signatures")
                .then().statusCode(expected);
    }

    /** A case with a binding agreement of 21,600 yuan of wages, to be paid by the given day. */
    public static UUID agreed(String mediator, String performBy) {
        UUID id = caseWithMediator(mediator);
        draftAgreement(id, mediator, performBy);
        for (String party : List.of("WORKER", "EMPLOYER", "MEDIATOR")) {
            sign(id, mediator, party, 200);
        }
        return id;
    }
}
