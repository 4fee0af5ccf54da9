package io.unionhub.gateway;

import java.util.List;
import java.util.Optional;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.unionhub.gateway.testing.FakeUpstream;
import io.unionhub.kit.security.Roles;
import io.unionhub.kit.testing.PackagedAppContract;

/** The packaged gateway, started as a deployment starts it, in front of a stand-in training service. */
@QuarkusIntegrationTest
@WithTestResource(FakeUpstream.class)
class GatewayPackagedIT extends PackagedAppContract {

    @Override
    protected Optional<AuthenticatedCall> authenticatedCall() {
        return Optional.of(new AuthenticatedCall("/api/training/tracks", 200, Roles.WORKER));
    }

    /** No broker; its own database (partner clients) and the key that signs partner tokens. */
    @Override
    protected List<String> requiredEnvironment() {
        return List.of("JWT_PUBLIC_KEY_LOCATION", "DB_URL", "DB_USER", "DB_PASSWORD",
                "UNIONHUB_GATEWAY_SIGNING_KEY_LOCATION");
    }
}
