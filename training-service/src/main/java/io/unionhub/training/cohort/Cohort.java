package io.unionhub.training.cohort;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One run of a track: dates, venue, capacity, its core modules and the extension modules its cadres asked for. */
@Entity
public class Cohort extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID trackId;

    public LocalDate startsOn;

    public LocalDate endsOn;

    public String venue;

    public int capacity;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> coreModules;

    /** Modules added because the cohort's cadres asked for them in the needs survey. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ExtensionModule> extensionModules;

    public boolean enrolmentOpen;

    public OffsetDateTime scheduledAt;

    @Version
    public int version;

    public int days() {
        return (int) (endsOn.toEpochDay() - startsOn.toEpochDay()) + 1;
    }

    /** From its first day on, a cohort takes no more enrolments, survey answers or cancellations. */
    public boolean hasStarted(LocalDate today) {
        return !startsOn.isAfter(today);
    }

    /** Whether cadres may enrol and answer the needs survey now. */
    public boolean isOpenForEnrolment(LocalDate today) {
        return enrolmentOpen && !hasStarted(today);
    }

    /**
     * Loads the cohort and holds its row until commit: enrolments, day registers and module adoptions of one cohort
     * then happen one at a time.
     */
    public static Cohort locked(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
