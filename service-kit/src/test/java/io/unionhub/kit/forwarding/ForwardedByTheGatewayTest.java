package io.unionhub.kit.forwarding;

import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.WithKafkaBroker;

/** The gateway's address (127.0.0.1 here) is trusted: links name the address the gateway was reached at. */
@QuarkusTest
@WithKafkaBroker
class ForwardedByTheGatewayTest {

    @Test
    void linksNameTheAddressTheGatewayWasReachedAt() {
        Forwarding.registerParcelVia("api.union.example").header("Location", startsWith("https://api.union.example/"));
    }
}
