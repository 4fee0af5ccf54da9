package io.unionhub.training.track;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.training.cadre.CadreRole;

@ApplicationScoped
public class TrackService {

    public record TrackChanges(String name, int days, Set<CadreRole> eligibleRoles, Set<CadreRole> requiredForRoles,
            List<String> coreModules) {
    }

    public List<Track> all() {
        return Track.listAll(Sort.by("days"));
    }

    public Track find(UUID id) {
        return ProblemException.requireFound(Track.findById(id), "track", id);
    }

    @Transactional
    public Track update(UUID id, TrackChanges changes) {
        if (!changes.eligibleRoles().containsAll(changes.requiredForRoles())) {
            throw ProblemException.ruleViolated("track.required-not-eligible");
        }
        Track track = find(id);
        for (Track other : Track.<Track>list("id <> ?1", id)) {
            if (other.requiredForRoles.stream().anyMatch(changes.requiredForRoles()::contains)) {
                throw ProblemException.ruleViolated("track.required-twice", other.code);
            }
        }
        track.name = changes.name();
        track.days = changes.days();
        track.eligibleRoles = changes.eligibleRoles();
        track.requiredForRoles = changes.requiredForRoles();
        track.coreModules = changes.coreModules();
        return track;
    }
}
