package io.unionhub.training;

import java.util.List;
import java.util.Optional;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.unionhub.kit.security.Roles;
import io.unionhub.kit.testing.PackagedAppContract;
import io.unionhub.kit.testing.WithKafkaBroker;

/** The packaged jar, started as a deployment starts it. */
@QuarkusIntegrationTest
@WithKafkaBroker
class TrainingPackagedIT extends PackagedAppContract {

    @Override
    protected Optional<AuthenticatedCall> authenticatedCall() {
        return Optional.of(new AuthenticatedCall("/api/training/tracks", 200, Roles.UNION_STAFF));
    }

    /** It has encrypted columns: no key, no start. */
    @Override
    protected List<String> requiredEnvironment() {
        return serviceEnvironmentAnd("UNIONHUB_CRYPTO_KEY");
    }
}
