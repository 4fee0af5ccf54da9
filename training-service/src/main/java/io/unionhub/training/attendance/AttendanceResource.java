package io.unionhub.training.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.training.attendance.AttendanceService.Mark;
import io.unionhub.training.cadre.CadreService;

@Path("/api/training")
@Tag(name = "Attendance and completion", description = "Day registers, completions and certificates")
public class AttendanceResource {

    public record MarkView(@NotNull UUID cadreId, @NotNull AttendanceStatus status) {
    }

    public record DayRegister(@NotEmpty @Size(max = 2000) List<@NotNull @Valid MarkView> marks) {
    }

    public record CertificateView(String certificateNumber, UUID trackId, UUID cohortId, UUID cadreId,
            LocalDate completedOn) {
        static CertificateView of(Completion completion) {
            return new CertificateView(completion.certificateNumber, completion.trackId, completion.cohortId,
                    completion.cadreId, completion.completedOn);
        }
    }

    public record DayRecordedView(int day, int marked, List<CertificateView> completions) {
    }

    public record RecordView(UUID cadreId, int day, AttendanceStatus status) {
    }

    @Inject
    AttendanceService attendance;

    @Inject
    CadreService cadres;

    @Inject
    Caller caller;

    @PUT
    @Path("/cohorts/{cohortId}/attendance/{day}")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "recordAttendance", summary = "Record (or correct) one day's register of a cohort",
            description = "Day 1 is the cohort's first day; a day can be recorded once it has come. A cadre present "
                    + "on every day completes the track and gets a certificate; a completion is final.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "day 1", value = """
            {"marks": [{"cadreId": "0f8e2a9c-3b1d-4e5f-8a7b-6c5d4e3f2a1b", "status": "PRESENT"},
                       {"cadreId": "6a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d", "status": "EXCUSED"}]}""")))
    public DayRecordedView record(@PathParam("cohortId") UUID cohortId, @PathParam("day") int day,
            @Valid @NotNull DayRegister register) {
        var recorded = attendance.record(cohortId, day,
                register.marks().stream().map(m -> new Mark(m.cadreId(), m.status())).toList());
        return new DayRecordedView(recorded.day(), recorded.marked(),
                recorded.completions().stream().map(CertificateView::of).toList());
    }

    @GET
    @Path("/cohorts/{cohortId}/attendance")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS })
    @Operation(operationId = "cohortAttendance", summary = "The cohort's registers, day by day")
    public PageOf<RecordView> register(@PathParam("cohortId") UUID cohortId, @BeanParam @Valid PageParams page) {
        return attendance.register(cohortId, page).map(r -> new RecordView(r.cadreId, r.day, r.status));
    }

    @GET
    @Path("/cadres/{cadreId}/certificates")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS, Roles.CADRE })
    @Operation(operationId = "cadreCertificates", summary = "A cadre's certificates (a cadre sees only their own)")
    public List<CertificateView> certificates(@PathParam("cadreId") UUID cadreId) {
        caller.requireOwnerOrRole(cadres.find(cadreId).memberId, Roles.UNION_STAFF, Roles.OPS);
        return attendance.completionsOf(cadreId).stream().map(CertificateView::of).toList();
    }
}
