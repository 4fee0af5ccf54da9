package io.unionhub.ops.training;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.unionhub.kit.events.CloudEvent;
import io.unionhub.ops.projection.Changes;
import io.unionhub.ops.projection.EventData;
import io.unionhub.ops.projection.ProgramProjection;
import io.unionhub.ops.projection.Projector;

/** training-service's events: cadres and where they serve, cohorts, enrolments, completions, follow-ups. */
@ApplicationScoped
public class TrainingProjection implements ProgramProjection {

    static final String PREFIX = "unionhub.training.";

    /** A cadre's district; a registration seen again (a replay) writes the same. */
    private static final String REGISTERED = """
            insert into cadre_coverage (generation, cadre_id, district) values (?, ?, ?)
            on conflict (generation, cadre_id) do update set district = excluded.district""";
    /** The latest completion, whichever arrives first. */
    private static final String COMPLETED = """
            insert into cadre_coverage (generation, cadre_id, last_completed_on) values (?, ?, ?)
            on conflict (generation, cadre_id) do update set last_completed_on =
                greatest(cadre_coverage.last_completed_on, excluded.last_completed_on)""";

    @Override
    public String program() {
        return "training";
    }

    @Override
    public boolean apply(CloudEvent event, EventData data, Changes changes) {
        LocalDate day = changes.day(event);
        switch (event.type().substring(PREFIX.length())) {
            case "cadre.registered.v1" -> {
                String cadre = data.text("cadreId", 64);
                String district = data.text("district", 100);
                String unitType = data.text("unitType", 40);
                changes.count(TrainingFigures.CADRES_REGISTERED, day, 1, Projector.dimension("district", district),
                        Projector.dimension("unit", unitType));
                changes.state(REGISTERED, cadre, district);
            }
            case "cadre.track-completed.v1" -> {
                String cadre = data.text("cadreId", 64);
                LocalDate completedOn = data.date("completedOn");
                changes.count(TrainingFigures.COMPLETIONS, day, 1);
                changes.state(COMPLETED, cadre, completedOn);
            }
            case "cohort.scheduled.v1" -> changes.count(TrainingFigures.COHORTS_SCHEDULED, day, 1);
            case "enrolment.confirmed.v1", "enrolment.promoted.v1" ->
                changes.count(TrainingFigures.ENROLMENTS, day, 1);
            case "enrolment.waitlisted.v1" -> changes.count(TrainingFigures.WAITLISTED, day, 1);
            case "enrolment.cancelled.v1" -> changes.count(TrainingFigures.CANCELLATIONS, day, 1);
            case "survey.answered.v1" -> changes.count(TrainingFigures.SURVEYS, day, 1);
            case "attendance.recorded.v1" -> {
                long present = data.integer("present");
                changes.count(TrainingFigures.ATTENDANCE, day, present);
            }
            case "follow-up.recorded.v1" -> changes.count(TrainingFigures.FOLLOW_UPS, day, 1);
            case "cohort.extension-module-adopted.v1", "follow-up.due.v1" -> {
                // known, nothing on the dashboard
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
