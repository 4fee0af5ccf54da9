package io.unionhub.employment.matching;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.employment.matching.MatchingService.JobMatch;
import io.unionhub.employment.seeker.SeekerService;
import io.unionhub.kit.input.Phone;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;

@Path("/api/employment/matching")
@Tag(name = "Matching", description = "Jobs for a seeker and seekers for a job, each with the reasons it matched")
public class MatchingResource {

    /** A seeker as a match shows them to staff: the phone masked. */
    public record SeekerMatchView(UUID seekerId, String name, String maskedPhone, String district,
            List<String> skills, List<String> certificates, MatchScore match) {
    }

    @Inject
    MatchingService matching;

    @Inject
    SeekerService seekers;

    @Inject
    Caller caller;

    @GET
    @Path("/jobs-for-me")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "jobsForMe", summary = "Open postings for the calling worker, best first")
    public List<JobMatch> jobsForMe(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(MatchingService.MAX_LIMIT) int limit) {
        return matching.jobsFor(seekers.ofMember(caller.memberId()).id, limit);
    }

    @GET
    @Path("/seekers/{seekerId}/jobs")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "jobsForSeeker", summary = "Open postings for a seeker, best first")
    public List<JobMatch> jobsForSeeker(@PathParam("seekerId") UUID seekerId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(MatchingService.MAX_LIMIT) int limit) {
        return matching.jobsFor(seekerId, limit);
    }

    @GET
    @Path("/postings/{postingId}/seekers")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "seekersForPosting", summary = "Seekers for a posting, best first (phones masked)")
    public List<SeekerMatchView> seekersForPosting(@PathParam("postingId") UUID postingId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(MatchingService.MAX_LIMIT) int limit) {
        return matching.seekersFor(postingId, limit).stream()
                .map(m -> new SeekerMatchView(m.seeker().id, m.seeker().name, Phone.masked(m.seeker().phone),
                        m.seeker().district, m.seeker().skills, m.seeker().certificates, m.match()))
                .toList();
    }
}
