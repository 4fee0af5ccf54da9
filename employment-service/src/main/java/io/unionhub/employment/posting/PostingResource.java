package io.unionhub.employment.posting;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.employment.employer.Employer;
import io.unionhub.employment.employer.EmployerService;
import io.unionhub.employment.posting.PostingService.PostingDetails;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;

@Path("/api/employment/postings")
@Tag(name = "Postings", description = "Employers' job postings (the public board is under /board)")
public class PostingResource {

    public record PostingInput(
            @Schema(description = "For union staff posting on an employer's behalf; an employer account posts for its own")
            UUID employerId,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 20) String tradeCode,
            @NotBlank @Size(max = 4000) String description,
            @NotBlank @Size(max = 100) String district,
            @NotNull @DecimalMin("0") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2) BigDecimal wageMin,
            @NotNull @DecimalMin("0") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2) BigDecimal wageMax,
            @NotNull WageUnit wageUnit,
            @NotNull EmploymentType employmentType,
            @Min(1) @Max(10_000) int openings,
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> skills,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> certificates,
            LocalDate startsOn,
            @NotNull LocalDate validThrough) {

        PostingDetails details() {
            return new PostingDetails(title, tradeCode, description, district, wageMin, wageMax, wageUnit,
                    employmentType, openings, skills, certificates, startsOn, validThrough);
        }
    }

    @Inject
    PostingService postings;

    @Inject
    PostingViews views;

    @Inject
    EmployerService employers;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({ Roles.EMPLOYER, Roles.UNION_STAFF })
    @Operation(operationId = "publishPosting", summary = "Publish a posting",
            description = "On the board at once when the employer is verified, otherwise from its verification on.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "day work", value = """
            {"title": "钢结构厂房电焊工（日结）", "tradeCode": "6-18-02-04", "description": "船台分段焊接，持证上岗，包午餐。",
             "district": "海西区", "wageMin": 300, "wageMax": 400, "wageUnit": "DAY", "employmentType": "PER_DIEM",
             "openings": 6, "skills": ["二氧化碳保护焊"], "certificates": ["焊工证"], "validThrough": "2026-12-31"}""")))
    @APIResponse(responseCode = "201", description = "Published")
    public Response publish(@Valid @NotNull PostingInput input) {
        Employer employer = employers.actingFor(caller, input.employerId());
        Posting posting = postings.publish(employer, input.details());
        return Response.created(URI.create("/api/employment/postings/" + posting.id)).entity(views.of(posting))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYER, Roles.UNION_STAFF })
    @Operation(operationId = "listEmployerPostings", summary = "An employer's postings, every status, newest first",
            description = "An employer account sees its own (employerId may be left out); staff name the employer.")
    public PageOf<JobPostingView> list(@QueryParam("employerId") UUID employerId,
            @QueryParam("status") PostingStatus status, @BeanParam @Valid PageParams page) {
        Employer employer = employers.actingFor(caller, employerId);
        PageOf<Posting> found = postings.ofEmployer(employer.id, status, page);
        return new PageOf<>(views.of(found.items()), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.EMPLOYER, Roles.UNION_STAFF })
    @Operation(operationId = "getPosting", summary = "One posting, whatever its status (an employer: its own)")
    public JobPostingView get(@PathParam("id") UUID id) {
        Posting posting = postings.find(id);
        employers.requireManagedBy(caller, posting.employerId);
        return views.of(posting);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.EMPLOYER, Roles.UNION_STAFF })
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two more openings", value = """
            {"title": "钢结构厂房电焊工（日结）", "tradeCode": "6-18-02-04", "description": "船台分段焊接，持证上岗，包午餐。",
             "district": "海西区", "wageMin": 300, "wageMax": 420, "wageUnit": "DAY", "employmentType": "PER_DIEM",
             "openings": 8, "skills": ["二氧化碳保护焊"], "certificates": ["焊工证"], "validThrough": "2026-12-31"}""")))
    @Operation(operationId = "changePosting", summary = "Replace an open posting's details",
            description = "Openings may not drop below the hires made; cut to them, the posting is filled.")
    @APIResponse(responseCode = "200", description = "The posting as changed",
            content = @Content(schema = @Schema(implementation = JobPostingView.class)))
    @APIResponse(responseCode = "409", description = "The posting is no longer open")
    public JobPostingView change(@PathParam("id") UUID id, @Valid @NotNull PostingInput input) {
        Posting posting = postings.find(id);
        employers.requireManagedBy(caller, posting.employerId);
        if (input.employerId() != null && !input.employerId().equals(posting.employerId)) {
            throw ProblemException.invalidField("employerId", "posting.employer-fixed");
        }
        return views.of(postings.change(id, input.details()));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.EMPLOYER, Roles.UNION_STAFF })
    @Operation(operationId = "closePosting", summary = "Take an open posting off the board")
    @APIResponse(responseCode = "200", description = "The posting, closed",
            content = @Content(schema = @Schema(implementation = JobPostingView.class)))
    @APIResponse(responseCode = "409", description = "The posting is no longer open")
    public JobPostingView close(@PathParam("id") UUID id) {
        employers.requireManagedBy(caller, postings.find(id).employerId);
        return views.of(postings.close(id));
    }
}
