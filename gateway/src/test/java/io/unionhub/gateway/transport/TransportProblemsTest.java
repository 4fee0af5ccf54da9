package io.unionhub.gateway.transport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.unionhub.gateway.testing.FakeUpstream;
import io.unionhub.kit.testing.RawHttp;
import io.unionhub.kit.testing.RawHttp.Answer;
import io.unionhub.kit.testing.TestTokens;

/** What the gateway's HTTP layer refuses is a problem like every other error, never an empty status. */
@QuarkusTest
@WithTestResource(FakeUpstream.class)
class TransportProblemsTest {

    private static final String WORKER = "Authorization: " + TestTokens.bearer("worker-1", "worker");

    @Test
    void anOverlongAddressIsAProblem() throws IOException {
        assertProblem(RawHttp.send(RestAssured.port, "GET", "/api/training/cohorts?q=" + "a".repeat(20_000), null,
                WORKER), 414, "uri-too-long");
    }

    @Test
    void overlargeHeadersAreAProblem() throws IOException {
        assertProblem(RawHttp.send(RestAssured.port, "GET", "/api/training/cohorts", null, WORKER,
                "X-Padding: " + "p".repeat(20_000)), 431, "headers-too-large");
    }

    @Test
    void aBodyOverTheLimitIsAProblemEvenBeforeTheTokenIsChecked() throws IOException {
        assertProblem(RawHttp.send(RestAssured.port, "POST", "/api/training/cohorts", "{",
                "Content-Type: application/json", "Content-Length: 20000000"), 413, "payload-too-large");
    }

    @Test
    void anAddressThatIsNotAUriIsAProblem() throws IOException {
        assertProblem(RawHttp.send(RestAssured.port, "GET", "/api/training/%zz", null, WORKER), 400, "bad-request");
    }

    @Test
    void aHostThatCannotBeReadIsAProblem() throws IOException {
        assertProblem(RawHttp.send(RestAssured.port, "GET", "/api/training/cohorts", null, "Host: a b", WORKER), 400,
                "bad-request");
    }

    /** Netty's own check would answer these with an empty 400; the kit answers them with a problem. */
    @Test
    void aHeaderWithControlCharactersIsAProblemAndNeverReachesTheService() throws IOException {
        for (String header : new String[] { "X-Note: a\u0001b", "X-Note: a\u0000b", "X-Note: a\u007fb", "X Note: ab",
                "X-Note: a\rb" }) {
            assertProblem(RawHttp.send(RestAssured.port, "GET", "/api/training/cohorts", null, WORKER, header), 400,
                    "bad-request");
        }
        // tabs and non-ASCII text are fine in a value
        assertEquals(200, RawHttp.send(RestAssured.port, "GET", "/api/training/cohorts", null, WORKER,
                "X-Note: a\tb 工会").status());
    }

    /**
     * A chunked body declares no length for the kit to check: the gateway stops it at the limit as it streams, and the
     * service's circuit does not count the call (six in a row, more than open it, and the route still answers).
     */
    @Test
    void aChunkedBodyOverTheLimitIsStoppedWithAProblemNotPassedOn() throws Exception {
        for (int upload = 0; upload < 6; upload++) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", RestAssured.port)) {
                socket.setSoTimeout(20_000);
                java.io.OutputStream out = socket.getOutputStream();
                out.write(("POST /api/training/cadres/imports HTTP/1.1\r\nHost: 127.0.0.1\r\n" + WORKER
                        + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                Thread writer = new Thread(() -> {
                    byte[] chunk = ("100000\r\n" + "a".repeat(0x100000) + "\r\n").getBytes(StandardCharsets.UTF_8);
                    try {
                        for (int i = 0; i < 12; i++) {
                            out.write(chunk);
                        }
                    } catch (IOException e) {
                        // the gateway answered and closed: possible once past the limit
                    }
                });
                writer.start();
                String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.UTF_8);
                assertEquals("HTTP/1.1 413", head);
                writer.join(20_000);
            }
        }
        given().header("Authorization", TestTokens.bearer("worker-1", "worker")).when().get("/api/training/cohorts")
                .then().statusCode(200);
    }

    @Test
    void apiAnswersAreNeitherCachedNorSniffed() {
        given().when().get("/api/training/cohorts").then().statusCode(401)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.body().contains("\"type\":\"https://unionhub.io/problems/" + type + "\""), answer.body());
        assertTrue(answer.body().matches(".*\"requestId\":\"[^\"]+\".*"), answer.body());
    }
}
