package io.unionhub.matchmaking.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.unionhub.kit.crypto.Fingerprint;

/**
 * Profiles saved before the ID number's fingerprint existed get theirs at start, so one profile per number holds for
 * them too (else a second profile could take a number whose first holder had never saved again). Two old profiles
 * with one number are left for staff, logged by id only.
 */
@ApplicationScoped
public class IdFingerprintBackfill {

    private static final Logger LOG = Logger.getLogger(IdFingerprintBackfill.class);

    @Inject
    EntityManager entityManager;

    @Transactional
    void backfill(@Observes StartupEvent start) {
        // one replica at a time: a second starting at once waits, then finds nothing left to do
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('matchmaking.fingerprint-backfill'))")
                .getSingleResult();
        for (Profile profile : Profile.<Profile> list("idFingerprint is null")) {
            String fingerprint = Fingerprint.of(profile.idNumber);
            if (Profile.count("idFingerprint", fingerprint) > 0) {
                LOG.warnf("profile %s has the ID number of another profile: left without a fingerprint", profile.id);
            } else {
                profile.idFingerprint = fingerprint;
                Profile.flush();
            }
        }
    }
}
