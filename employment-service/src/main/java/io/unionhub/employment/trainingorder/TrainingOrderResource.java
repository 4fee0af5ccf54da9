package io.unionhub.employment.trainingorder;

import java.net.URI;
import java.time.LocalDate;
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

import io.unionhub.employment.employer.EmployerService;
import io.unionhub.employment.trainingorder.TrainingOrderService.NewOrder;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Roles;

@Path("/api/employment/training-orders")
@Tag(name = "Order-based training", description = "Employers' orders for trained workers: graduation is employment")
@RolesAllowed(Roles.UNION_STAFF)
public class TrainingOrderResource {

    public record OrderInput(@NotNull UUID employerId, @NotNull UUID postingId,
            @NotBlank @Size(max = 20) String tradeCode, @Min(1) @Max(10_000) int headcount,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 50) String> skills, @NotNull LocalDate deadline,
            UUID trainingTrackId) {
    }

    public record Assignment(@NotNull UUID seekerId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The trainee's cadre id in training-service, when the course runs there: its completion event then graduates them")
            UUID trainingCadreId) {
    }

    public record OutsideCourse(@NotBlank @Size(max = 200) String course) {
    }

    public record OrderView(UUID id, UUID employerId, UUID postingId, String tradeCode, int headcount,
            List<String> skills, LocalDate deadline, UUID trainingTrackId, OffsetDateTime createdAt) {

        static OrderView of(TrainingOrder o) {
            return new OrderView(o.id, o.employerId, o.postingId, o.tradeCode, o.headcount, o.skills, o.deadline,
                    o.trainingTrackId, o.createdAt);
        }
    }

    public record TraineeView(UUID id, UUID orderId, UUID seekerId, UUID trainingCadreId, Trainee.Status status,
            OffsetDateTime assignedAt, OffsetDateTime graduatedAt, String course, UUID applicationId) {

        static TraineeView of(Trainee t) {
            return new TraineeView(t.id, t.orderId, t.seekerId, t.trainingCadreId, t.status, t.assignedAt,
                    t.graduatedAt, t.course, t.applicationId);
        }
    }

    @Inject
    TrainingOrderService orders;

    @Inject
    EmployerService employers;

    @POST
    @Operation(operationId = "createTrainingOrder", summary = "Record an employer's order for trained workers")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "welders", value = """
            {"employerId": "0b6f1c9e-2d3a-4b5c-8d7e-6f5a4b3c2d1e", "postingId": "6a0d2c1e-3b4f-4a5d-8e7f-9a0b1c2d3e4f",
             "tradeCode": "6-18-02-04", "headcount": 30, "skills": ["二氧化碳保护焊", "船体分段焊接"],
             "deadline": "2027-03-31"}""")))
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@Valid @NotNull OrderInput input) {
        TrainingOrder order = orders.create(employers.referenced("employerId", input.employerId()), new NewOrder(input.postingId(),
                input.tradeCode(), input.headcount(), input.skills(), input.deadline(), input.trainingTrackId()));
        return Response.created(URI.create("/api/employment/training-orders/" + order.id))
                .entity(OrderView.of(order)).build();
    }

    @GET
    @Operation(operationId = "listTrainingOrders", summary = "Training orders, newest first (of one employer)")
    public PageOf<OrderView> list(@QueryParam("employerId") UUID employerId, @BeanParam @Valid PageParams page) {
        return orders.list(employerId, page).map(OrderView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTrainingOrder", summary = "One training order")
    public OrderView get(@PathParam("id") UUID id) {
        return OrderView.of(orders.find(id));
    }

    @GET
    @Path("/{id}/trainees")
    @Operation(operationId = "listTrainees", summary = "The order's trainees, in the order assigned")
    public PageOf<TraineeView> trainees(@PathParam("id") UUID id, @BeanParam @Valid PageParams page) {
        return orders.trainees(id, page).map(TraineeView::of);
    }

    @POST
    @Path("/{id}/trainees")
    @Operation(operationId = "assignTrainee", summary = "Assign a seeker to the order (up to its headcount)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "trained in training-service", value = """
            {"seekerId": "1d3c5b7a-9e2f-4a6b-8c1d-3e5f7a9b1c2d", "trainingCadreId": "0f8e2a9c-3b1d-4e5f-8a7b-6c5d4e3f2a1b"}""")))
    @APIResponse(responseCode = "201", description = "Assigned")
    @APIResponse(responseCode = "409", description = "Already assigned, or the order is full")
    public Response assign(@PathParam("id") UUID id, @Valid @NotNull Assignment assignment) {
        Trainee trainee = orders.assign(id, assignment.seekerId(), assignment.trainingCadreId());
        return Response.created(URI.create("/api/employment/training-orders/" + id + "/trainees/" + trainee.id))
                .entity(TraineeView.of(trainee)).build();
    }

    @POST
    @Path("/{id}/trainees/{traineeId}/graduation")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "county course", value = """
            {"course": "县职业技能培训中心焊工班（2026年第3期）"}""")))
    @Operation(operationId = "graduateTrainee", summary = "Record an outside course a trainee completed",
            description = "The order's skills are added to the seeker's, and an application to the order's "
                    + "posting is made while it is open.")
    public TraineeView graduate(@PathParam("id") UUID id, @PathParam("traineeId") UUID traineeId,
            @Valid @NotNull OutsideCourse course) {
        return TraineeView.of(orders.graduateFromOutsideCourse(id, traineeId, course.course()));
    }
}
