package io.unionhub.ops.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import io.restassured.path.json.JsonPath;
import io.unionhub.kit.testing.TestTokens;

/** The dashboard's API as an operator calls it. */
public final class OpsApi {

    public static final String OPS = TestTokens.bearer("ops-1", "ops");

    private OpsApi() {
    }

    public static JsonPath get(String path) {
        return given().header("Authorization", OPS).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Every program's figures: program → (figure → value). */
    public static Map<String, Map<String, Object>> figures() {
        Map<String, Map<String, Object>> all = new HashMap<>();
        List<Map<String, Object>> programs = get("/api/ops/figures").getList("");
        for (Map<String, Object> program : programs) {
            @SuppressWarnings("unchecked")
            Map<String, Object> figures = (Map<String, Object>) program.get("figures");
            all.put((String) program.get("program"), figures);
        }
        return all;
    }

    /** Events folded in so far, every program together (skipped ones included). */
    public static long eventsSeen() {
        return get("/api/ops/figures").getList("events", Number.class).stream().mapToLong(Number::longValue).sum();
    }

    /** Waits until the dashboard has seen this many more events than before. */
    public static void awaitEvents(long before, long more) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> eventsSeen() >= before + more);
    }

    public static long number(Map<String, Map<String, Object>> figures, String figure) {
        return ((Number) figures.get(figure.substring(0, figure.indexOf('.'))).get(figure)).longValue();
    }

    public static long delta(Map<String, Map<String, Object>> before, Map<String, Map<String, Object>> after,
            String figure) {
        return number(after, figure) - number(before, figure);
    }
}
