package io.unionhub.matchmaking.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.matchmaking.profile.Education;
import io.unionhub.matchmaking.profile.Profile;
import io.unionhub.matchmaking.recommendation.RecommendationService.Recommended;

@Path("/api/matchmaking/recommendations")
@Tag(name = "Recommendations", description = "People for me, scored both ways")
@RolesAllowed(Roles.WORKER)
public class RecommendationResource {

    /** Why: whether they are in my age range, a district I want, at my education floor. */
    public record Reasons(int theirFitToMe, int myFitToThem, boolean ageWanted, boolean districtWanted,
            boolean educationWanted) {
    }

    /** A person recommended to me: what they consented to show, never their name, ID or contact. */
    public record RecommendedView(UUID profileId, int age, String district, Education education, Integer heightCm,
            String occupation, String selfText, List<String> interests, int score, Reasons reasons) {

        static RecommendedView of(Recommended r, int year) {
            Profile p = r.profile();
            return new RecommendedView(p.id, year - p.birthYear, p.district, p.education, p.heightCm, p.occupation,
                    p.selfText, Profile.items(p.interests),
                    r.score(), new Reasons(r.theirFitToMe(), r.myFitToThem(), r.ageWanted(), r.districtWanted(),
                            r.educationWanted()));
        }
    }

    @Inject
    RecommendationService recommendations;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "myRecommendations", summary = "Top people for me, best reciprocal fit first",
            description = "Scored both ways (their fit to my preferences and mine to theirs, combined by the "
                    + "harmonic mean, 0–100); verified, consenting people only; not people I liked, passed on, "
                    + "blocked or was blocked by, matched, or was shown three times. A 422 until my own profile is "
                    + "verified and consents to matching and to being shown.")
    public List<RecommendedView> mine(@QueryParam("size") @DefaultValue("10") @Min(1) @Max(20) int size) {
        int year = LocalDate.now(clock).getYear();
        return recommendations.forMe(caller.memberId(), size).stream().map(r -> RecommendedView.of(r, year))
                .toList();
    }
}
