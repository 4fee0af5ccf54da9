package io.unionhub.mediation.mediationcase;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.input.CreditCode;
import io.unionhub.kit.input.Phone;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.kit.security.TokenClaimsCheck;
import io.unionhub.mediation.mediationcase.CaseService.Actor;
import io.unionhub.mediation.mediationcase.CaseService.AgentDetails;
import io.unionhub.mediation.mediationcase.CaseService.Application;
import io.unionhub.mediation.mediationcase.CaseService.CaseFilter;
import io.unionhub.mediation.mediationcase.CaseService.ClaimDetails;
import io.unionhub.mediation.mediationcase.CaseService.ItemDetails;
import io.unionhub.mediation.mediationcase.CaseService.Parties;

@Path("/api/mediation/cases")
@Tag(name = "Mediation cases", description = "Labour-dispute mediation at the union + court centres, under the "
        + "15-day clock")
@RolesAllowed({ Roles.MEDIATOR, Roles.UNION_STAFF })
public class CaseResource {

    public record Worker(
            @Pattern(regexp = TokenClaimsCheck.MEMBER_ID_PATTERN, message = TokenClaimsCheck.MEMBER_ID_MESSAGE)
            String memberId,
            @NotBlank @Size(max = 100) String name,
            @Pattern(regexp = Phone.PATTERN, message = Phone.MESSAGE) String phone) {
    }

    public record Employer(@NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.MESSAGE) String creditCode) {
    }

    public record ClaimInput(@NotNull ClaimKind kind, @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
            BigDecimal amount, @Size(max = 2000) String detail) {
    }

    public record AgentInput(@NotNull Party forParty, @NotNull AgentKind kind, @NotBlank @Size(max = 100) String name,
            @Pattern(regexp = Phone.PATTERN, message = Phone.MESSAGE) String phone,
            @Pattern(regexp = TokenClaimsCheck.MEMBER_ID_PATTERN, message = TokenClaimsCheck.MEMBER_ID_MESSAGE)
            String memberId) {
    }

    /**
     * A new case; receivedOn (the day the union received the application) is, when left out, the day of the call for a
     * case from a work order, and today for one opened directly.
     */
    public record NewCase(UUID workOrderId, @NotNull UUID centreId, LocalDate receivedOn,
            @NotNull @Valid Worker worker, @NotNull @Valid Employer employer,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid ClaimInput> claims,
            @Size(max = 6) List<@NotNull @Valid AgentInput> agents) {
    }

    public record Declaration(@NotNull ConflictKind conflict, @Size(max = 500) String detail) {
    }

    public record MediatorChoice(
            @NotNull @Pattern(regexp = TokenClaimsCheck.MEMBER_ID_PATTERN, message = TokenClaimsCheck.MEMBER_ID_MESSAGE)
            String mediatorId) {
    }

    public record NewSession(@NotNull OffsetDateTime heldAt, @NotBlank @Size(max = 8000) String minutes) {
    }

    public record ItemInput(@NotNull ClaimKind kind,
            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
    }

    public record AgreementDraft(@NotBlank @Size(max = 8000) String terms,
            @NotNull @Size(max = 20) List<@NotNull @Valid ItemInput> items, @NotNull LocalDate performBy) {
    }

    public record Signature(@NotNull Party party) {
    }

    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    /** How an agreement was carried out. */
    public enum Performance {
        PERFORMED,
        BREACHED
    }

    public record PerformanceRecord(@NotNull Performance outcome, @Size(max = 500) String note) {
    }

    @Inject
    CaseService cases;

    @Inject
    LegalClock legalClock;

    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "openMediationCase", summary = "Open a case, from a labour-dispute work order or directly",
            description = "The 15-day clock runs from receivedOn (when left out: the day of the call for a case from "
                    + "a work order, today for one opened directly); the last day moves past a rest day or holiday. "
                    + "A pay claim (UNPAID_WAGES, OVERTIME_PAY) needs its amount.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "unpaid wages", value = """
            {"workOrderId": "0b7f3c52-8d7e-4a8e-9d55-2f1c0f4a9e11",
             "centreId": "6c0e8a1f-0000-4000-8000-000000000003", "receivedOn": "2026-11-20",
             "worker": {"memberId": "m-20931", "name": "李建国", "phone": "13812345678"},
             "employer": {"name": "海西船舶重工有限公司", "creditCode": "91990200MA2XY4K311"},
             "claims": [{"kind": "UNPAID_WAGES", "amount": 21600.00, "detail": "2026年8月至10月工资未发"}],
             "agents": [{"forParty": "WORKER", "kind": "UNION_LEGAL_AID", "name": "张律师", "memberId": "m-00412"}]}""")))
    @APIResponse(responseCode = "201", description = "Opened, with its number and last day")
    @APIResponse(responseCode = "409", description = "The work order already has a case")
    @APIResponse(responseCode = "422", description = "The application's 15 days are already over")
    public Response open(@Valid @NotNull NewCase request) {
        if (!CreditCode.isValid(request.employer().creditCode())) {
            throw ProblemException.invalidField("employer.creditCode", CreditCode.INVALID);
        }
        Worker worker = request.worker();
        List<AgentDetails> agents = request.agents() == null ? List.of() : request.agents().stream()
                .map(a -> new AgentDetails(a.forParty(), a.kind(), a.name(), a.phone(), a.memberId())).toList();
        if (agents.stream().anyMatch(agent -> agent.forParty() == Party.MEDIATOR)) {
            throw ProblemException.invalidField("agents", "case.agent-for-mediator");
        }
        MediationCase opened = cases.open(new Application(request.workOrderId(), request.centreId(),
                request.receivedOn(), new Parties(worker.memberId(), worker.name(), worker.phone(),
                        request.employer().name(), request.employer().creditCode()),
                request.claims().stream().map(c -> new ClaimDetails(c.kind(), c.amount(), c.detail())).toList(),
                agents), caller.memberId());
        return Response.created(URI.create("/api/mediation/cases/" + opened.id)).entity(view(opened)).build();
    }

    @GET
    @Operation(operationId = "listMediationCases", summary = "Cases by status, centre, mediator or employer; newest "
            + "first (no names)")
    public PageOf<CaseViews.CaseListItem> list(@QueryParam("status") CaseStatus status,
            @QueryParam("centreId") UUID centreId,
            @QueryParam("mediatorId") @Pattern(regexp = TokenClaimsCheck.MEMBER_ID_PATTERN, message = TokenClaimsCheck.MEMBER_ID_MESSAGE)
            String mediatorId,
            @QueryParam("employerCreditCode") @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.MESSAGE)
            String employerCreditCode,
            @BeanParam @Valid PageParams page) {
        return cases.list(new CaseFilter(status, centreId, mediatorId, employerCreditCode), page)
                .map(c -> CaseViews.CaseListItem.of(c, legalClock.shownLastDay(c), legalClock.daysLeft(c)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMediationCase", summary = "One case in full, with its days left",
            description = "For union staff, its mediator and the mediators of its centre, none of them tied to it.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseViews.CaseView.class)))
    @APIResponse(responseCode = "403", description = "Not staff, not its mediator nor a mediator of its centre, or "
            + "tied to the case (a party, an agent, a declared conflict)")
    public CaseViews.CaseView get(@PathParam("id") UUID id) {
        return view(cases.readable(id, actor(), false));
    }

    @POST
    @Path("/{id}/declaration")
    @RolesAllowed(Roles.MEDIATOR)
    @Operation(operationId = "declareConflictOfInterest", summary = "A mediator declares, for themself, whether they "
            + "have a conflict of interest in the case",
            description = "NONE lets them take the case; any other kind keeps them from it for good, and takes them "
                    + "off it if it is theirs.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "no conflict", value = """
            {"conflict": "NONE"}""")))
    public CaseViews.DeclarationView declare(@PathParam("id") UUID id, @Valid @NotNull Declaration declaration) {
        return CaseViews.DeclarationView.of(
                cases.declare(id, caller.memberId(), declaration.conflict(), declaration.detail()));
    }

    @POST
    @Path("/{id}/mediator")
    @Operation(operationId = "assignCaseMediator", summary = "Give the case to a mediator (a mediator: to themself)",
            description = "The mediator must be active on the roster, not a party or agent in the case, and have "
                    + "declared no conflict of interest in it. A mediator takes a case of their centre that has no "
                    + "mediator; only union staff move a case to another mediator, and then every signature goes.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a mediator", value = """
            {"mediatorId": "mediator-07"}""")))
    @APIResponse(responseCode = "200", description = "The case with its mediator",
            content = @Content(schema = @Schema(implementation = CaseViews.CaseView.class)))
    @APIResponse(responseCode = "409", description = "A mediator taking a case that has another mediator")
    @APIResponse(responseCode = "422", description = "No declaration, a declared conflict, a party to the case, "
            + "inactive, or (a mediator for themself) of another centre")
    public CaseViews.CaseView assignMediator(@PathParam("id") UUID id, @Valid @NotNull MediatorChoice choice) {
        if (!caller.hasAnyRole(Roles.UNION_STAFF) && !choice.mediatorId().equals(caller.memberId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "case.mediator-not-you");
        }
        return view(cases.assignMediator(id, choice.mediatorId(), actor()));
    }

    @POST
    @Path("/{id}/sessions")
    @Operation(operationId = "recordMediationSession", summary = "Record a session held, with its minutes")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "first session", value = """
            {"heldAt": "2026-11-24T14:00:00+08:00", "minutes": "双方到场。用人单位承认欠薪，提出分期支付。"}""")))
    @APIResponse(responseCode = "201", description = "Recorded, numbered within the case")
    public Response holdSession(@PathParam("id") UUID id, @Valid @NotNull NewSession session) {
        CaseSession held = cases.holdSession(id, session.heldAt(), session.minutes(), actor());
        return Response.created(URI.create("/api/mediation/cases/" + id + "/sessions"))
                .entity(CaseViews.SessionView.of(held)).build();
    }

    @GET
    @Path("/{id}/sessions")
    @Operation(operationId = "listMediationSessions", summary = "The case's sessions with their minutes, in order",
            description = "For union staff and the case's mediator, neither tied to it.")
    public List<CaseViews.SessionView> sessions(@PathParam("id") UUID id) {
        return cases.sessions(id, actor()).stream().map(CaseViews.SessionView::of).toList();
    }

    @PUT
    @Path("/{id}/agreement")
    @Operation(operationId = "draftMediationAgreement", summary = "Write the agreement's terms and sums",
            description = "Writing them again clears every signature: everyone signs the text that binds them.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "wages in two parts", value = """
            {"terms": "用人单位于2026年12月10日前支付拖欠工资21600元，分两期。",
             "items": [{"kind": "UNPAID_WAGES", "amount": 21600.00}], "performBy": "2026-12-10"}""")))
    public CaseViews.CaseView draftAgreement(@PathParam("id") UUID id, @Valid @NotNull AgreementDraft draft) {
        return view(cases.draftAgreement(id, draft.terms(),
                draft.items().stream().map(i -> new ItemDetails(i.kind(), i.amount())).toList(), draft.performBy(),
                actor()));
    }

    @POST
    @Path("/{id}/agreement/signatures")
    @Operation(operationId = "signMediationAgreement", summary = "Record a signature of the agreement",
            description = "The parties' signatures are recorded by the case's mediator or union staff who witnessed "
                    + "them; the mediator's only by the mediator. The third makes the agreement binding.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "the worker signed", value = """
            {"party": "WORKER"}""")))
    public CaseViews.CaseView sign(@PathParam("id") UUID id, @Valid @NotNull Signature signature) {
        if (signature.party() == Party.MEDIATOR && !caller.hasAnyRole(Roles.MEDIATOR)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "case.not-the-mediator");
        }
        return view(cases.sign(id, signature.party(), actor()));
    }

    @POST
    @Path("/{id}/no-agreement")
    @Operation(operationId = "recordNoAgreement", summary = "End the mediation without agreement: the parties may "
            + "apply for arbitration")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "refused", value = """
            {"reason": "用人单位拒绝支付"}""")))
    public CaseViews.CaseView noAgreement(@PathParam("id") UUID id, @Valid @NotNull Reason reason) {
        return view(cases.noAgreement(id, reason.reason(), actor()));
    }

    @POST
    @Path("/{id}/performance")
    @Operation(operationId = "recordAgreementPerformance", summary = "Record whether the agreement was carried out",
            description = "A breach is recorded after the day it was due, and answers with the parties' advice: "
                    + "arbitration, and a court's payment order where it settled pay or compensation.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "paid", value = """
            {"outcome": "PERFORMED", "note": "两期工资均已到账"}""")))
    public CaseViews.CaseView performance(@PathParam("id") UUID id, @Valid @NotNull PerformanceRecord record) {
        CaseStatus outcome = record.outcome() == Performance.PERFORMED ? CaseStatus.PERFORMED : CaseStatus.BREACHED;
        return view(cases.recordPerformance(id, outcome, record.note(), actor()));
    }

    private Actor actor() {
        return new Actor(caller.memberId(), caller.hasAnyRole(Roles.UNION_STAFF));
    }

    private CaseViews.CaseView view(MediationCase mediationCase) {
        return CaseViews.CaseView.of(mediationCase, legalClock.shownLastDay(mediationCase),
                legalClock.daysLeft(mediationCase));
    }
}
