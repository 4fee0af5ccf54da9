package io.unionhub.kit.forwarding;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.unionhub.kit.testing.WithKafkaBroker;

/** A caller that is not the gateway cannot choose the host of the links it is given. */
@QuarkusTest
@WithKafkaBroker
@TestProfile(ForwardedByAnyoneElseTest.GatewayElsewhere.class)
class ForwardedByAnyoneElseTest {

    /** The gateway lives at another address; the test client (127.0.0.1) is just anyone. */
    public static class GatewayElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "10.9.8.7");
        }
    }

    @Test
    void forwardedHeadersAreIgnored() {
        Forwarding.registerParcelVia("evil.example").header("Location", not(containsString("evil.example")));
    }
}
