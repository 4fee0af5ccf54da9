package io.unionhub.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.gateway.testing.FakeUpstream;
import io.unionhub.kit.testing.TestTokens;

/** One access-log line per call, saying who called what and how it went, and nothing a caller would want kept. */
@QuarkusTest
@WithTestResource(FakeUpstream.class)
class AccessLogTest {

    @Test
    void eachCallIsOneLineWithItsCallerAndRequestIdButNoTokenAndNoQuery() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger accessLog = Logger.getLogger("io.quarkus.http.access-log");
        accessLog.addHandler(capture);
        String token = TestTokens.bearer("worker-77", "worker");
        try {
            given().header("Authorization", token).header("X-Request-Id", "req-access-1")
                    .when().get("/api/training/cohorts?idNumber=110105199003070011").then().statusCode(200);
            given().when().get("/api/training/cohorts").then().statusCode(401);
            given().when().get("/q/health/ready").then().statusCode(200);
            Thread.sleep(200); // the line is written as the answer ends
        } finally {
            accessLog.removeHandler(capture);
        }
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("GET /api/training/cohorts 200 ")
                && line.contains("caller=worker-77") && line.contains("request=req-access-1")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("GET /api/training/cohorts 401 ")), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains("110105") || line.contains(token.substring(7, 40))
                || line.contains("/q/health")), lines.toString());
    }
}
