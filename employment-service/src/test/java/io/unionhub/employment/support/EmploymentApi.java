package io.unionhub.employment.support;

import static io.restassured.RestAssured.given;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.unionhub.kit.input.CreditCode;
import io.unionhub.kit.testing.TestTokens;

/** The calls the employment tests make again and again, through the REST API as its users would. */
public final class EmploymentApi {

    /** Trades of the seeded classification the tests use. */
    public static final String WELDER = "6-18-02-04";
    public static final String BRICKLAYER = "6-29-01-01";
    public static final String HOUSEKEEPER = "4-10-01-06";
    public static final String COOK = "4-03-02-01";

    public static final String STAFF = TestTokens.bearer("staff-1", "union-staff");
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmploymentApi() {
    }

    public static RequestSpecification asStaff() {
        return given().header("Authorization", STAFF).contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String memberId, String role) {
        return given().header("Authorization", TestTokens.bearer(memberId, role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static String newMemberId() {
        return "m-" + UUID.randomUUID();
    }

    /** A fresh, valid unified social credit code (a company: 91, then a random region and body). */
    public static String newCreditCode() {
        StringBuilder code = new StringBuilder("91");
        for (int i = 0; i < 15; i++) {
            code.append(CODE_CHARS.charAt(RANDOM.nextInt(CODE_CHARS.length())));
        }
        return code.append(CreditCode.checkCharacterOf(code.toString())).toString();
    }

    /** A mobile number no other test uses (most likely). */
    public static String newPhone() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    public static Map<String, Object> employerBody(String creditCode) {
        return Map.of("creditCode", creditCode, "name", "测试制造有限公司 " + creditCode, "district", "海西区",
                "contactName", "陈经理", "contactPhone", "13906001234");
    }

    /** An employer registered by staff for this account (null: none), verified or left pending. */
    public static UUID employer(String accountMemberId, boolean verified) {
        Map<String, Object> body = new HashMap<>(employerBody(newCreditCode()));
        if (accountMemberId != null) {
            body.put("accountMemberId", accountMemberId);
        }
        UUID id = UUID.fromString(asStaff().body(body).post("/api/employment/employers")
                .then().statusCode(201).extract().path("id"));
        if (verified) {
            verify(id).statusCode(200);
        }
        return id;
    }

    /** Staff verify the employer under the name it has now (the name they checked). */
    public static io.restassured.response.ValidatableResponse verify(UUID employerId) {
        String name = asStaff().get("/api/employment/employers/" + employerId).then().statusCode(200).extract()
                .path("name");
        return asStaff().body(Map.of("verified", true, "name", name))
                .post("/api/employment/employers/" + employerId + "/verification").then();
    }

    public static Map<String, Object> postingBody(UUID employerId, String trade, String title, int openings) {
        Map<String, Object> body = new HashMap<>();
        body.put("employerId", employerId.toString());
        body.put("title", title);
        body.put("tradeCode", trade);
        body.put("description", "包吃住，按月结算。");
        body.put("district", "海西区");
        body.put("wageMin", 5000);
        body.put("wageMax", 7000);
        body.put("wageUnit", "MONTH");
        body.put("employmentType", "FULL_TIME");
        body.put("openings", openings);
        body.put("skills", List.of());
        body.put("certificates", List.of());
        body.put("validThrough", LocalDate.now().plusDays(30).toString());
        return body;
    }

    public static UUID posting(Map<String, Object> body) {
        return UUID.fromString(asStaff().body(body).post("/api/employment/postings")
                .then().statusCode(201).extract().path("identifier"));
    }

    public static UUID posting(UUID employerId, String trade, String title, int openings) {
        return posting(postingBody(employerId, trade, title, openings));
    }

    public static Map<String, Object> seekerBody(String district, List<String> trades, List<String> skills) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "李秀英");
        body.put("phone", newPhone());
        body.put("district", district);
        body.put("wantedTrades", trades);
        body.put("skills", skills);
        body.put("certificates", List.of());
        body.put("gigWanted", false);
        body.put("targetGroups", List.of());
        return body;
    }

    /** A seeker registered by staff from a survey. */
    public static UUID seeker(String district, List<String> trades, List<String> skills) {
        return UUID.fromString(asStaff().body(seekerBody(district, trades, skills)).post("/api/employment/seekers")
                .then().statusCode(201).extract().path("id"));
    }

    public static UUID apply(UUID postingId, UUID seekerId) {
        return UUID.fromString(asStaff().body(Map.of("postingId", postingId.toString(), "seekerId",
                seekerId.toString())).post("/api/employment/applications").then().statusCode(201).extract()
                .path("id"));
    }

    public static void move(UUID applicationId, String status) {
        asStaff().body(Map.of("status", status)).post("/api/employment/applications/" + applicationId + "/status")
                .then().statusCode(200);
    }
}
