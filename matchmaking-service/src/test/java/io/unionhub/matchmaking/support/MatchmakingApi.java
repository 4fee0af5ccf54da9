package io.unionhub.matchmaking.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.unionhub.kit.input.ResidentId;
import io.unionhub.kit.testing.TestTokens;

/** The calls the matchmaking tests make again and again, through the REST API as its users would. */
public final class MatchmakingApi {

    private MatchmakingApi() {
    }

    public static RequestSpecification as(String memberId, String role) {
        return given().header("Authorization", TestTokens.bearer(memberId, role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asWorker(String memberId) {
        return as(memberId, "worker");
    }

    public static String newMember() {
        return "m-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Sequence numbers of the ID numbers made: distinct within a test run (up to a thousand a birthday). */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A valid ID number of a woman or a man born on the day (yyyyMMdd), in a made-up region (990000). */
    public static String idNumber(String birthDate, boolean female) {
        // the sequence's last digit is even for a woman, odd for a man
        int sequence = (SEQUENCE.incrementAndGet() * 2 + (female ? 0 : 1)) % 1000;
        String first17 = "990000" + birthDate + "%03d".formatted(sequence);
        return first17 + ResidentId.checkCharacterOf(first17);
    }

    /** A profile of a man born in 1996 (a woman with {@code female}). */
    public static Map<String, Object> profileBody(boolean female) {
        Map<String, Object> body = new HashMap<>();
        body.put("gender", female ? "FEMALE" : "MALE");
        body.put("birthYear", 1996);
        body.put("district", "海西区");
        body.put("education", "VOCATIONAL");
        body.put("heightCm", female ? 162 : 175);
        body.put("occupation", female ? "护士" : "电焊工");
        body.put("selfText", "踏实肯干，喜欢钓鱼。");
        body.put("interests", List.of("钓鱼", "篮球"));
        body.put("contact", "微信 canary-contact-" + UUID.randomUUID().toString().substring(0, 6));
        body.put("legalName", female ? "王晓燕" : "李建国");
        body.put("idNumber", idNumber("19960307", female));
        body.put("prefAgeMin", 22);
        body.put("prefAgeMax", 35);
        body.put("prefDistricts", List.of("海西区", "滨海区"));
        body.put("prefEducationFloor", "SENIOR_HIGH");
        return body;
    }

    /** A worker's new profile; their member id. */
    public static String registered(boolean female) {
        String member = newMember();
        asWorker(member).body(profileBody(female)).put("/api/matchmaking/profiles/me").then().statusCode(201);
        return member;
    }

    public static void consent(String member, String purpose) {
        asWorker(member).put("/api/matchmaking/profiles/me/consents/" + purpose).then().statusCode(200);
    }

    /**
     * A profile of the body, with every consent a recommendation needs, checked single by the office today; its
     * member id.
     */
    @SuppressWarnings("unchecked")
    public static String verified(Map<String, Object> body) {
        String member = newMember();
        asWorker(member).body(body).put("/api/matchmaking/profiles/me").then().statusCode(201);
        for (String purpose : List.of("MATCHING", "SHOW_TO_RECOMMENDED", "REGISTRY_CHECK")) {
            consent(member, purpose);
        }
        List<Map<String, Object>> pending = as("civil-affairs-1", "partner").queryParam("size", 100)
                .get("/api/matchmaking/verifications/pending").then().statusCode(200).extract().path("items");
        Object check = pending.stream().filter(item -> body.get("idNumber").equals(item.get("idNumber")))
                .findFirst().orElseThrow().get("checkId");
        as("civil-affairs-1", "partner").body(Map.of("outcome", "SINGLE", "singleOn",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()))
                .post("/api/matchmaking/verifications/" + check + "/answer").then().statusCode(200);
        return member;
    }

    /** A profile body: gender, born on the day (yyyyMMdd), in the district, wanting ages and districts. */
    public static Map<String, Object> person(boolean female, String born, String district, int ageMin, int ageMax) {
        Map<String, Object> body = profileBody(female);
        body.put("birthYear", Integer.parseInt(born.substring(0, 4)));
        body.put("idNumber", idNumber(born, female));
        body.put("district", district);
        body.put("prefDistricts", List.of(district));
        body.put("prefAgeMin", ageMin);
        body.put("prefAgeMax", ageMax);
        return body;
    }

    public static String profileId(String member) {
        return asWorker(member).get("/api/matchmaking/profiles/me").then().extract().path("id");
    }

    public static RequestSpecification asStaff() {
        return as("staff-1", "union-staff");
    }

    /**
     * A verified worker born in 2001 (away from the decades the recommendation tests use), with every consent a
     * recommendation needs; their member id.
     */
    public static String verifiedWorker(boolean female) {
        return verified(person(female, female ? "20030315" : "20010315", "海西区", 20, 40));
    }

    /** Two verified workers, a man and a woman, who liked each other: their match id. */
    public static String matched(String man, String woman) {
        asWorker(man).body(Map.of("profileId", profileId(woman), "decision", "LIKE"))
                .post("/api/matchmaking/interest").then().statusCode(200);
        return asWorker(woman).body(Map.of("profileId", profileId(man), "decision", "LIKE"))
                .post("/api/matchmaking/interest").then().statusCode(200).extract().path("matchId");
    }
}
