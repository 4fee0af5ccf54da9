package io.unionhub.matchmaking;

import java.util.List;
import java.util.Optional;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.ServiceBasicsContract;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.matchmaking.support.MatchmakingApi;

@QuarkusTest
@WithKafkaBroker
class MatchmakingServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected Optional<SampleWrite> sampleWrite() {
        return Optional.of(new SampleWrite("/api/matchmaking/profiles/me", "worker",
                () -> MatchmakingApi.profileBody(true), "selfText", null, "PUT"));
    }

    @Override
    protected List<SampleRead> sampleReads() {
        return List.of(new SampleRead("/api/matchmaking/verifications/pending", "union-staff", null, null));
    }
}
