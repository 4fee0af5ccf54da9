package io.unionhub.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.gateway.testing.BadUpstreams;
import io.unionhub.kit.testing.TestTokens;

/** An upstream that fails is a problem naming the service: 504 when hung, 502 when it answers garbage or resets. */
@QuarkusTest
@WithTestResource(BadUpstreams.class)
class UpstreamFailureTest {

    private static final String WORKER = TestTokens.bearer("worker-1", "worker");

    @Test
    void aHungServiceIsAGatewayTimeoutAfterItsRoutesTimeoutNotAConnectionHeldForEver() {
        long start = System.nanoTime();
        given().header("Authorization", WORKER).when().get("/api/hung/anything").then().statusCode(504)
                .contentType("application/problem+json").body("type", equalTo("https://unionhub.io/problems/gateway-timeout"))
                .body("detail", containsString("hung")).time(lessThan(10_000L));
        // the second call gets the same answer: the hung connection was not kept in the pool for ever
        given().header("Authorization", WORKER).when().get("/api/hung/again").then().statusCode(504);
        org.junit.jupiter.api.Assertions.assertTrue((System.nanoTime() - start) / 1e9 >= 1.9,
                "each call waited its route's second");
    }

    @Test
    void aServiceThatKeepsFailingIsPausedByItsCircuitAndCalledAgainOnceItIsBack() throws Exception {
        given().header("Authorization", WORKER).when().get("/api/flaky/x").then().statusCode(200);
        BadUpstreams.stopFlaky();
        for (int failure = 0; failure < 3; failure++) {
            given().header("Authorization", WORKER).when().get("/api/flaky/x").then().statusCode(503)
                    .body("detail", containsString("temporarily unavailable"));
        }
        // open: refused at once, naming the service, even once it is back
        given().header("Authorization", WORKER).when().get("/api/flaky/x").then().statusCode(503)
                .contentType("application/problem+json").body("detail", containsString("flaky service keeps failing"));
        BadUpstreams.startFlaky();
        given().header("Authorization", WORKER).when().get("/api/flaky/x").then().statusCode(503)
                .body("detail", containsString("paused"));
        // after the three seconds it is open for, one call goes through, succeeds, and closes it
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().header("Authorization", WORKER).when().get("/api/flaky/x")
                        .then().statusCode(200).body("up", equalTo(true)));
        given().header("Authorization", WORKER).when().get("/api/flaky/y").then().statusCode(200);
    }

    @Test
    void callersWhoHangUpDoNotOpenTheServicesCircuit() throws Exception {
        for (int call = 0; call < 4; call++) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
                socket.getOutputStream().write(("GET /api/hung/abandoned HTTP/1.1\r\nHost: x\r\nAuthorization: "
                        + WORKER + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(100);
            }
        }
        Thread.sleep(300);
        // three failures would have opened it (this test's breaker): the service is still tried, and times out
        given().header("Authorization", WORKER).when().get("/api/hung/tried").then().statusCode(504);
    }

    /** The race that made one GET in a burst of 1,000 fail: a GET is sent again, a POST never. */
    @Test
    void aSafeCallThatMeetsAConnectionTheServiceJustClosedIsSentOnceMoreAndOnlyIt() {
        for (int call = 0; call < 5; call++) {
            // each call after the first reuses the connection the one before left open, which the service closes
            given().header("Authorization", WORKER).when().get("/api/stale/x").then().statusCode(200)
                    .body("up", equalTo(true));
        }
        given().header("Authorization", WORKER).contentType("application/json").body("{}")
                .when().post("/api/stale/x").then().statusCode(502)
                .contentType("application/problem+json");
    }

    @Test
    void anAnswerThatIsNotHttpIsABadGateway() {
        given().header("Authorization", WORKER).when().get("/api/garbage/x").then().statusCode(502)
                .contentType("application/problem+json").body("type", equalTo("https://unionhub.io/problems/bad-gateway"))
                .body("detail", containsString("garbage"));
    }

    @Test
    void aResetConnectionIsABadGatewayInTheCallersLanguage() {
        given().header("Authorization", WORKER).header("Accept-Language", "zh-CN").when().get("/api/reset/x").then()
                .statusCode(502).contentType("application/problem+json").body("title", equalTo("网关错误"))
                .body("detail", containsString("reset"));
    }
}
