package io.unionhub.kit.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.unionhub.devstack.LocalKafkaBroker;

/**
 * Starts a real Kafka broker (devstack's KRaft broker, in-process, on free ports) once for a test run and points the
 * application at it; it never touches the broker of a running platform on 9092. Use it with
 * {@code @WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)}.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static LocalKafkaBroker broker;

    @Override
    public synchronized Map<String, String> start() {
        if (broker == null) {
            broker = LocalKafkaBroker.onFreePorts().start();
        }
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the test JVM: later test classes reuse it
    }

    /** The running broker, for tests that take it away and bring it back. */
    public static synchronized LocalKafkaBroker broker() {
        return broker;
    }
}
