package io.unionhub.ops.employment;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.unionhub.kit.events.CloudEvent;
import io.unionhub.ops.projection.Changes;
import io.unionhub.ops.projection.EventData;
import io.unionhub.ops.projection.ProgramProjection;
import io.unionhub.ops.projection.Projector;

/** employment-service's events: seekers, employers, posts and openings, intents and hires, rights reports. */
@ApplicationScoped
public class EmploymentProjection implements ProgramProjection {

    static final String PREFIX = "unionhub.employment.";

    @Override
    public String program() {
        return "employment";
    }

    @Override
    public boolean apply(CloudEvent event, EventData data, Changes changes) {
        LocalDate day = changes.day(event);
        switch (event.type().substring(PREFIX.length())) {
            case "seeker.registered.v1" -> changes.count(EmploymentFigures.SEEKERS, day, 1, district(data, "district"));
            case "employer.registered.v1" ->
                changes.count(EmploymentFigures.EMPLOYERS, day, 1, district(data, "district"));
            case "employer.verified.v1" -> {
                if (data.data().path("verified").asBoolean(false)) {
                    changes.count(EmploymentFigures.EMPLOYERS_VERIFIED, day, 1);
                }
            }
            case "posting.published.v1" -> {
                String district = district(data, "district");
                long openings = data.integer("openings");
                changes.count(EmploymentFigures.POSTS, day, 1, district);
                changes.count(EmploymentFigures.OPENINGS, day, openings, district);
            }
            case "application.submitted.v1" -> changes.count(EmploymentFigures.APPLICATIONS, day, 1);
            case "application.intent-reached.v1" ->
                changes.count(EmploymentFigures.INTENTS, day, 1, district(data, "district"));
            case "application.hired.v1" -> changes.count(EmploymentFigures.HIRES, day, 1, district(data, "district"));
            case "campaign.opened.v1" -> changes.count(EmploymentFigures.CAMPAIGNS, day, 1);
            case "training-order.created.v1" -> changes.count(EmploymentFigures.TRAINING_ORDERS, day, 1);
            case "training-order.graduate-placed.v1" -> changes.count(EmploymentFigures.GRADUATES_PLACED, day, 1);
            case "rights.problem-reported.v1" -> {
                String district = district(data, "employerDistrict");
                String employer = Projector.dimension("employer", data.text("employerCreditCode", 18));
                changes.count(EmploymentFigures.RIGHTS_REPORTS, day, 1, district, employer);
            }
            case "posting.changed.v1", "posting.expired.v1", "posting.filled.v1", "posting.closed.v1",
                    "application.status-changed.v1", "campaign.employer-joined.v1", "campaign.closed.v1",
                    "training-order.trainee-assigned.v1" -> {
                // known, nothing on the dashboard
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String district(EventData data, String field) {
        return Projector.dimension("district", data.text(field, 100));
    }
}
