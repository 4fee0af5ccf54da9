package io.unionhub.ops;

import java.util.Optional;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.unionhub.kit.security.Roles;
import io.unionhub.kit.testing.PackagedAppContract;
import io.unionhub.kit.testing.WithKafkaBroker;

/** The packaged jar, started as a deployment starts it. */
@QuarkusIntegrationTest
@WithKafkaBroker
class OpsDashboardPackagedIT extends PackagedAppContract {

    @Override
    protected Optional<AuthenticatedCall> authenticatedCall() {
        return Optional.of(new AuthenticatedCall("/api/ops/figures", 200, Roles.OPS));
    }
}
