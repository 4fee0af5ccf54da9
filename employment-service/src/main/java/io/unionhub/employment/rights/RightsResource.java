package io.unionhub.employment.rights;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.employment.rights.RightsService.NewReport;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.kit.security.TokenClaimsCheck;

@Path("/api/employment/rights-reports")
@Tag(name = "Rights link", description = "Unpaid wages and other rights problems, handed to mediation")
public class RightsResource {

    public record ReportInput(@NotNull UUID employerId, @NotNull RightsCategory category,
            @Min(1) @Max(100_000) int affectedWorkers,
            @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal amountOwed,
            @NotBlank @Size(max = 2000) String account,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Staff reporting for a worker name them, so the worker can follow the work order")
            @Pattern(regexp = TokenClaimsCheck.MEMBER_ID_PATTERN, message = TokenClaimsCheck.MEMBER_ID_MESSAGE) String workerMemberId) {
    }

    public record ReportView(UUID id, UUID employerId, RightsCategory category, int affectedWorkers,
            BigDecimal amountOwed, String account, OffsetDateTime reportedAt) {

        static ReportView of(RightsReport r) {
            return new ReportView(r.id, r.employerId, r.category, r.affectedWorkers, r.amountOwed, r.account,
                    r.reportedAt);
        }
    }

    @Inject
    RightsService rights;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({ Roles.WORKER, Roles.UNION_STAFF })
    @Operation(operationId = "reportRightsProblem", summary = "Report unpaid wages or another rights problem",
            description = "Published as rights.problem-reported.v1; mediation-service opens a 12351 work order.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "unpaid wages", value = """
            {"employerId": "0b6f1c9e-2d3a-4b5c-8d7e-6f5a4b3c2d1e", "category": "UNPAID_WAGES", "affectedWorkers": 12,
             "amountOwed": 86400.00, "account": "十月、十一月工资未发放。"}""")))
    @APIResponse(responseCode = "201", description = "Reported")
    public Response report(@Valid @NotNull ReportInput input) {
        String worker;
        if (caller.hasAnyRole(Roles.UNION_STAFF)) {
            worker = input.workerMemberId();
        } else {
            if (input.workerMemberId() != null && !input.workerMemberId().equals(caller.memberId())) {
                throw ProblemException.invalidField("workerMemberId", "rights.worker-not-you");
            }
            worker = caller.memberId();
        }
        RightsReport report = rights.report(new NewReport(input.employerId(), input.category(),
                input.affectedWorkers(), input.amountOwed(), input.account(), worker, caller.memberId()));
        return Response.created(URI.create("/api/employment/rights-reports/" + report.id))
                .entity(ReportView.of(report)).build();
    }

    @GET
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR, Roles.WORKER })
    @Operation(operationId = "listRightsReports", summary = "Reports, newest first (a worker: the ones they made)")
    public PageOf<ReportView> list(@QueryParam("employerId") UUID employerId, @BeanParam @Valid PageParams page) {
        String mine = caller.hasAnyRole(Roles.UNION_STAFF, Roles.MEDIATOR) ? null : caller.memberId();
        // a worker's list is their own reports, of the employer asked for if any
        return rights.list(employerId, mine, page).map(ReportView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR, Roles.WORKER })
    @Operation(operationId = "getRightsReport", summary = "One report with its account (mediation reads it here)")
    public ReportView get(@PathParam("id") UUID id) {
        RightsReport report = rights.find(id);
        caller.requireOwnerOrRole(report.reportedBy, Roles.UNION_STAFF, Roles.MEDIATOR);
        return ReportView.of(report);
    }
}
