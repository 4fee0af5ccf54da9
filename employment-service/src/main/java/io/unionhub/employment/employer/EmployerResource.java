package io.unionhub.employment.employer;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.employment.employer.EmployerService.EmployerDetails;
import io.unionhub.kit.input.CreditCode;
import io.unionhub.kit.input.Phone;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.kit.security.TokenClaimsCheck;

@Path("/api/employment/employers")
@Tag(name = "Employers", description = "Employers hiring through the union, verified by union staff")
public class EmployerResource {

    public record EmployerInput(
            @NotBlank @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.MESSAGE) String creditCode,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String district,
            @NotBlank @Size(max = 100) String contactName,
            @NotBlank @Pattern(regexp = Phone.PATTERN, message = Phone.MESSAGE) String contactPhone,
            @Pattern(regexp = TokenClaimsCheck.MEMBER_ID_PATTERN, message = TokenClaimsCheck.MEMBER_ID_MESSAGE) String accountMemberId) {

        EmployerDetails details() {
            return new EmployerDetails(creditCode, name, district, contactName, contactPhone);
        }
    }

    /** The decision, and the name staff checked (refused if the employer was renamed since). */
    public record Verification(@NotNull Boolean verified, @NotBlank @Size(max = 200) String name) {
    }

    public record EmployerView(UUID id, String creditCode, String name, String district, String contactName,
            String contactPhone, String accountMemberId, EmployerStatus status, OffsetDateTime verifiedAt) {

        static EmployerView of(Employer e) {
            return new EmployerView(e.id, e.creditCode, e.name, e.district, e.contactName, e.contactPhone,
                    e.accountMemberId, e.status, e.verifiedAt);
        }
    }

    /** An employer in a staff list: the contact's phone masked. */
    public record EmployerListItem(UUID id, String creditCode, String name, String district, String contactName,
            String maskedContactPhone, EmployerStatus status) {

        static EmployerListItem of(Employer e) {
            return new EmployerListItem(e.id, e.creditCode, e.name, e.district, e.contactName,
                    Phone.masked(e.contactPhone), e.status);
        }
    }

    @Inject
    EmployerService employers;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({ Roles.EMPLOYER, Roles.UNION_STAFF })
    @Operation(operationId = "registerEmployer", summary = "Register an employer (pending until union staff verify it)",
            description = "An employer account registers its own company (accountMemberId is then its token's "
                    + "subject and may not be given); union staff may register one for an account, or for none.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "factory", value = """
            {"creditCode": "91990200MA2XY4K311", "name": "海西船舶重工有限公司", "district": "海西区",
             "contactName": "陈经理", "contactPhone": "13906001234"}""")))
    @APIResponse(responseCode = "201", description = "Registered, pending verification")
    @APIResponse(responseCode = "409", description = "The credit code or the account is already registered")
    public Response register(@Valid @NotNull EmployerInput input) {
        String account;
        if (caller.hasAnyRole(Roles.UNION_STAFF)) {
            account = input.accountMemberId();
        } else {
            if (input.accountMemberId() != null && !input.accountMemberId().equals(caller.memberId())) {
                throw ProblemException.invalidField("accountMemberId", "employer.account.not-yours");
            }
            account = caller.memberId();
        }
        Employer employer = employers.register(input.details(), account);
        return Response.created(URI.create("/api/employment/employers/" + employer.id))
                .entity(EmployerView.of(employer)).build();
    }

    @GET
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "listEmployers", summary = "Employers, oldest registration first (the pending ones to "
            + "verify: status=PENDING)")
    public PageOf<EmployerListItem> list(@QueryParam("status") EmployerStatus status,
            @BeanParam @Valid PageParams page) {
        return employers.list(status, page).map(EmployerListItem::of);
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "myEmployer", summary = "The employer the calling account manages")
    public EmployerView me() {
        return EmployerView.of(employers.ofAccount(caller.memberId()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.EMPLOYER })
    @Operation(operationId = "getEmployer", summary = "One employer (an employer account sees only its own)")
    public EmployerView get(@PathParam("id") UUID id) {
        return EmployerView.of(employers.requireManagedBy(caller, id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.EMPLOYER })
    @Operation(operationId = "updateEmployer", summary = "Change name, district or contact (not the credit code)",
            description = "Once the employer is verified its name is changed by union staff only.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "new contact", value = """
            {"creditCode": "91990200MA2XY4K311", "name": "海西船舶重工有限公司", "district": "海西区",
             "contactName": "林主管", "contactPhone": "13906005678"}""")))
    public EmployerView update(@PathParam("id") UUID id, @Valid @NotNull EmployerInput input) {
        employers.requireManagedBy(caller, id);
        return EmployerView.of(employers.update(id, input.details(), input.accountMemberId(),
                caller.hasAnyRole(Roles.UNION_STAFF)));
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed(Roles.UNION_STAFF)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "verified", value = """
            {"verified": true, "name": "海西船舶重工有限公司"}""")))
    @Operation(operationId = "verifyEmployer", summary = "Verify or refuse a pending employer",
            description = "Verifying puts its open postings on the board.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "409", description = "Already verified or refused, or renamed since it was checked")
    public EmployerView verify(@PathParam("id") UUID id, @Valid @NotNull Verification verification) {
        return EmployerView.of(employers.verify(id, verification.verified(), verification.name(), caller.memberId()));
    }
}
