package io.unionhub.matchmaking.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.unionhub.kit.testing.ServiceData;

/** The matchmaking database as the tests look into it. */
@ApplicationScoped
public class ServiceDatabase {

    @Inject
    EntityManager entityManager;

    public ServiceData data() {
        return new ServiceData(entityManager, "matchmaking");
    }
}
