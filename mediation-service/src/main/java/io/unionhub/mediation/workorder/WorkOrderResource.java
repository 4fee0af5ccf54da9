package io.unionhub.mediation.workorder;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.input.Phone;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.kit.security.TokenClaimsCheck;
import io.unionhub.mediation.workorder.WorkOrderService.Intake;
import io.unionhub.mediation.workorder.WorkOrderService.OrderFilter;

@Path("/api/mediation/work-orders")
@Tag(name = "Work orders", description = "The 12351 hotline's work orders, from intake to close")
public class WorkOrderResource {

    /** A new order. A worker files for themself (the caller fields are theirs); staff and mediators name the caller. */
    public record NewWorkOrder(
            @NotNull Channel channel,
            @NotNull Category category,
            @NotNull Complexity complexity,
            @Pattern(regexp = TokenClaimsCheck.MEMBER_ID_PATTERN, message = TokenClaimsCheck.MEMBER_ID_MESSAGE) String callerMemberId,
            @Pattern(regexp = Phone.PATTERN, message = Phone.MESSAGE) String callerPhone,
            @NotBlank @Size(max = 4000) String matter) {
    }

    public record Assignment(UUID centreId,
            @Pattern(regexp = TokenClaimsCheck.MEMBER_ID_PATTERN, message = TokenClaimsCheck.MEMBER_ID_MESSAGE) String handler,
            @Size(max = 500) String reason) {
    }

    public record Note(@Size(max = 500) String reason) {
    }

    public record FollowUp(@Min(1) @Max(5) int rating, @NotBlank @Size(max = 2000) String comment) {
    }

    /** One order in full, for staff, mediators and its own caller. */
    public record WorkOrderView(UUID id, String number, Channel channel, Category category, Complexity complexity,
            String callerMemberId, String callerPhone, String matter, WorkOrderStatus status, UUID centreId,
            String handler, Integer rating, String followUpNote, OffsetDateTime receivedAt,
            OffsetDateTime closedAt, OffsetDateTime firstResponseDue, OffsetDateTime resolutionDue,
            OffsetDateTime firstRespondedAt, OffsetDateTime escalatedAt) {

        static WorkOrderView of(WorkOrder o) {
            return new WorkOrderView(o.id, o.number, o.channel, o.category, o.complexity, o.callerMemberId,
                    o.callerPhone, o.matter, o.status, o.centreId, o.handler, o.rating, o.followUpNote, o.receivedAt,
                    o.closedAt, o.firstResponseDue, o.resolutionDue, o.firstRespondedAt, o.escalatedAt);
        }
    }

    /** An order in a list: no matter, the phone masked. */
    public record WorkOrderListItem(UUID id, String number, Channel channel, Category category,
            Complexity complexity, String maskedCallerPhone, WorkOrderStatus status, UUID centreId, String handler,
            OffsetDateTime receivedAt, OffsetDateTime firstResponseDue, OffsetDateTime resolutionDue,
            OffsetDateTime escalatedAt) {

        static WorkOrderListItem of(WorkOrder o) {
            return new WorkOrderListItem(o.id, o.number, o.channel, o.category, o.complexity,
                    o.callerPhone == null ? null : Phone.masked(o.callerPhone), o.status, o.centreId, o.handler,
                    o.receivedAt, o.firstResponseDue, o.resolutionDue, o.escalatedAt);
        }
    }

    public record AuditView(OffsetDateTime at, String actor, WorkOrderStatus fromStatus, WorkOrderStatus toStatus,
            UUID centreId, String handler, String reason) {

        static AuditView of(AuditEntry e) {
            return new AuditView(e.at, e.actor, e.fromStatus, e.toStatus, e.centreId, e.handler, e.reason);
        }
    }

    @Inject
    WorkOrderService orders;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({ Roles.WORKER, Roles.UNION_STAFF, Roles.MEDIATOR, Roles.PARTNER })
    @Operation(operationId = "fileWorkOrder", summary = "File a work order",
            description = "A worker files for themself (the order is theirs to follow); union staff and mediators "
                    + "take calls for a member or an anonymous caller (a phone to call back); a partner court files "
                    + "referrals (channel COURT_REFERRAL).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "hotline call", value = """
            {"channel": "PHONE_12351", "category": "LABOUR_DISPUTE", "complexity": "ORDINARY",
             "callerPhone": "13812345678", "matter": "工地拖欠三个月工资，约两万元。"}""")))
    @APIResponse(responseCode = "201", description = "Received, with its number")
    public Response file(@Valid @NotNull NewWorkOrder request) {
        if (request.channel() == Channel.EMPLOYMENT_REPORT) {
            // those come from employment-service's events, each with its report
            throw ProblemException.invalidField("channel", "work-order.report-channel");
        }
        String member = request.callerMemberId();
        String phone = request.callerPhone();
        if (caller.hasAnyRole(Roles.UNION_STAFF, Roles.MEDIATOR, Roles.PARTNER)) {
            if (caller.hasAnyRole(Roles.PARTNER) && !caller.hasAnyRole(Roles.UNION_STAFF, Roles.MEDIATOR)
                    && request.channel() != Channel.COURT_REFERRAL) {
                throw ProblemException.invalidField("channel", "work-order.partner-channel");
            }
            if (member == null && phone == null) {
                // someone must be reachable for the reply and the follow-up call
                throw ProblemException.missingField("callerPhone");
            }
        } else {
            if (member != null && !member.equals(caller.memberId())) {
                throw ProblemException.invalidField("callerMemberId", "work-order.caller-not-you");
            }
            if (request.channel() != Channel.APP && request.channel() != Channel.WEB) {
                throw ProblemException.invalidField("channel", "work-order.worker-channel");
            }
            member = caller.memberId();
        }
        WorkOrder order = orders.receive(new Intake(request.channel(), request.category(), request.complexity(),
                member, phone, request.matter(), null), caller.memberId());
        return Response.created(URI.create("/api/mediation/work-orders/" + order.id))
                .entity(WorkOrderView.of(order)).build();
    }

    @GET
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR })
    @Operation(operationId = "listWorkOrders", summary = "Work orders by status, category, centre; newest first "
            + "(no matter, phones masked)")
    public PageOf<WorkOrderListItem> list(@QueryParam("status") WorkOrderStatus status,
            @QueryParam("category") Category category, @QueryParam("centreId") UUID centreId,
            @BeanParam @Valid PageParams page) {
        return orders.list(new OrderFilter(status, category, centreId, null), page).map(WorkOrderListItem::of);
    }

    @GET
    @Path("/due-soon")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR })
    @Operation(operationId = "workOrdersDueSoon", summary = "Open orders with a deadline within the next hours")
    public PageOf<WorkOrderListItem> dueSoon(
            @QueryParam("withinHours") @jakarta.ws.rs.DefaultValue("24") @Min(1) @Max(720) int withinHours,
            @BeanParam @Valid PageParams page) {
        return orders.bySla(WorkOrderService.SlaView.DUE_SOON, java.time.Duration.ofHours(withinHours), page)
                .map(WorkOrderListItem::of);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR })
    @Operation(operationId = "overdueWorkOrders", summary = "Open orders past a deadline, the longest overdue first")
    public PageOf<WorkOrderListItem> overdue(@BeanParam @Valid PageParams page) {
        return orders.bySla(WorkOrderService.SlaView.OVERDUE, null, page).map(WorkOrderListItem::of);
    }

    @GET
    @Path("/escalated")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "escalatedWorkOrders", summary = "The supervisors' queue: open orders escalated at a "
            + "breach, oldest escalation first")
    public PageOf<WorkOrderListItem> escalated(@BeanParam @Valid PageParams page) {
        return orders.bySla(WorkOrderService.SlaView.ESCALATED, null, page).map(WorkOrderListItem::of);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "myWorkOrders", summary = "The calling worker's own orders, newest first")
    public PageOf<WorkOrderListItem> mine(@BeanParam @Valid PageParams page) {
        return orders.list(new OrderFilter(null, null, null, caller.memberId()), page).map(WorkOrderListItem::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR, Roles.WORKER })
    @Operation(operationId = "getWorkOrder", summary = "One order in full (a worker: their own)")
    public WorkOrderView get(@PathParam("id") UUID id) {
        WorkOrder order = orders.find(id);
        caller.requireOwnerOrRole(order.callerMemberId, Roles.UNION_STAFF, Roles.MEDIATOR);
        return WorkOrderView.of(order);
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR })
    @Operation(operationId = "workOrderAudit", summary = "The order's audit trail, oldest first (append-only)")
    public List<AuditView> audit(@PathParam("id") UUID id) {
        return orders.trail(id).stream().map(AuditView::of).toList();
    }

    @POST
    @Path("/{id}/assignment")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR })
    @Operation(operationId = "assignWorkOrder", summary = "Assign to a centre and/or a handler; again, a transfer")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "to a centre", value = """
            {"centreId": "6c0e8a1f-0000-4000-8000-000000000003", "handler": "mediator-07", "reason": "属地处理"}""")))
    @APIResponse(responseCode = "200", description = "Assigned or transferred",
            content = @Content(schema = @Schema(implementation = WorkOrderView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from its status")
    public WorkOrderView assign(@PathParam("id") UUID id, @Valid @NotNull Assignment assignment) {
        return WorkOrderView.of(orders.assign(id, assignment.centreId(), assignment.handler(), assignment.reason(),
                caller.memberId()));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR })
    @Operation(operationId = "startWorkOrder", summary = "The handler starts on it")
    public WorkOrderView start(@PathParam("id") UUID id) {
        return WorkOrderView.of(orders.start(id, caller.memberId()));
    }

    @POST
    @Path("/{id}/reply")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR })
    @Operation(operationId = "replyWorkOrder", summary = "Record the reply to the caller")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "replied", value = """
            {"reason": "已电话答复，告知调解与仲裁途径"}""")))
    public WorkOrderView reply(@PathParam("id") UUID id, @Valid @NotNull Note note) {
        return WorkOrderView.of(orders.reply(id, note.reason(), caller.memberId()));
    }

    @POST
    @Path("/{id}/follow-up")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR })
    @Operation(operationId = "followUpWorkOrder", summary = "Record the follow-up call: a 1–5 rating and a comment")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "satisfied", value = """
            {"rating": 5, "comment": "工资已追回，非常满意"}""")))
    public WorkOrderView followUp(@PathParam("id") UUID id, @Valid @NotNull FollowUp followUp) {
        return WorkOrderView.of(orders.followUp(id, followUp.rating(), followUp.comment(), caller.memberId()));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR })
    @Operation(operationId = "closeWorkOrder", summary = "Close a followed-up order")
    public WorkOrderView close(@PathParam("id") UUID id) {
        return WorkOrderView.of(orders.close(id, caller.memberId()));
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR, Roles.WORKER })
    @Operation(operationId = "reopenWorkOrder", summary = "Reopen a closed order within the window (its caller too)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "not solved", value = """
            {"reason": "用人单位仍未支付"}""")))
    public WorkOrderView reopen(@PathParam("id") UUID id, @Valid @NotNull Note note) {
        caller.requireOwnerOrRole(orders.find(id).callerMemberId, Roles.UNION_STAFF, Roles.MEDIATOR);
        return WorkOrderView.of(orders.reopen(id, note.reason(), caller.memberId()));
    }
}
