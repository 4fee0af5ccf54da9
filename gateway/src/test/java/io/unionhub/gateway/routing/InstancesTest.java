package io.unionhub.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.gateway.testing.TwoInstances;
import io.unionhub.kit.testing.TestTokens;

/** Two instances of a service behind the gateway: taken in turn, one not ready or stopped skipped, back once ready. */
@QuarkusTest
@WithTestResource(TwoInstances.class)
class InstancesTest {

    private static final String WORKER = TestTokens.bearer("worker-1", "worker");

    @AfterEach
    void bothUp() {
        TwoInstances.ready(0, true);
        TwoInstances.ready(1, true);
        awaitAnswering(Set.of(0, 1));
    }

    /** The health checks (every 0.2 s here) have seen the change: calls go to these instances only. */
    private static void awaitAnswering(Set<Integer> instances) {
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertEquals(instances, instancesAnswering(4)));
    }

    private static Set<Integer> instancesAnswering(int calls) {
        List<Integer> seen = new ArrayList<>();
        for (int call = 0; call < calls; call++) {
            seen.add(given().header("Authorization", WORKER).when().get("/api/pair/x").then().statusCode(200)
                    .extract().path("instance"));
        }
        return new TreeSet<>(seen);
    }

    @Test
    void callsAreSharedAndOneNotReadyIsSkippedUntilItIsReadyAgain() throws Exception {
        assertEquals(Set.of(0, 1), instancesAnswering(4));
        TwoInstances.ready(1, false);
        awaitAnswering(Set.of(0));
        assertEquals(Set.of(0), instancesAnswering(6), "and stays skipped");
        TwoInstances.ready(1, true);
        awaitAnswering(Set.of(0, 1));
    }

    @Test
    void aStoppedInstanceCostsNoCallerAnErrorAndIsTakenBackWhenStartedAgain() throws Exception {
        TwoInstances.stop(0);
        // at once, before any health check saw it: a refused connection is tried on the other instance
        assertEquals(Set.of(1), instancesAnswering(6));
        TwoInstances.start(0);
        awaitAnswering(Set.of(0, 1));
    }
}
