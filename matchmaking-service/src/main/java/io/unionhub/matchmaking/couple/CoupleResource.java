package io.unionhub.matchmaking.couple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;

@Path("/api/matchmaking")
@Tag(name = "Couples and weddings", description = "Couples, marriages and collective weddings")
public class CoupleResource {

    public record CoupleInput(@NotNull UUID matchId) {
    }

    public record MarriageInput(@NotNull LocalDate marriedOn) {
    }

    public record CoupleView(UUID coupleId, UUID matchId, OffsetDateTime reportedAt, LocalDate marriedOn,
            UUID weddingId, OffsetDateTime endedAt) {
        static CoupleView of(Couple c) {
            WeddingRegistration wedding = WeddingRegistration.findById(c.id);
            return new CoupleView(c.id, c.matchId, c.reportedAt, c.marriedOn,
                    wedding == null ? null : wedding.weddingId, c.endedAt);
        }
    }

    public record WeddingInput(@NotBlank @Size(max = 200) String title, @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 200) String venue, @NotNull @Min(1) @Max(1000) Integer capacity) {
    }

    public record WeddingView(UUID weddingId, String title, LocalDate heldOn, String venue, int capacity,
            int couples) {
    }

    public record WeddingSignUp(@NotNull UUID coupleId) {
    }

    @Inject
    CoupleService couples;

    @Inject
    Caller caller;

    @POST
    @Path("/couples")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "reportCouple", summary = "Report my match as a couple",
            description = "Either of a standing match, once (409); the two are then recommended to nobody.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a couple", value = """
            {"matchId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}""")))
    @APIResponse(responseCode = "201", description = "Reported",
            content = @Content(schema = @Schema(implementation = CoupleView.class)))
    public Response report(@Valid @NotNull CoupleInput input) {
        Couple couple = couples.report(caller.memberId(), input.matchId());
        return Response.status(Response.Status.CREATED).entity(CoupleView.of(couple)).build();
    }

    @GET
    @Path("/couples/mine")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "myCouples", summary = "My couple, with its marriage and wedding")
    public List<CoupleView> mine() {
        return couples.mine(caller.memberId()).stream().map(CoupleView::of).toList();
    }

    @POST
    @Path("/couples/{coupleId}/marriage")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "reportMarriage", summary = "Report our marriage, with its day",
            description = "A day from the match to today; once (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "married", value = """
            {"marriedOn": "2026-10-01"}""")))
    public CoupleView married(@PathParam("coupleId") UUID coupleId, @Valid @NotNull MarriageInput input) {
        return CoupleView.of(couples.married(caller.memberId(), coupleId, input.marriedOn()));
    }

    @DELETE
    @Path("/couples/{coupleId}")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "endCouple", summary = "We separated: end our couple",
            description = "Either of the two; both may be recommended again, and a place at a collective wedding not "
                    + "yet held is given back. The counts of couples and marriages keep it.")
    public CoupleView end(@PathParam("coupleId") UUID coupleId) {
        return CoupleView.of(couples.end(caller.memberId(), coupleId));
    }

    @POST
    @Path("/weddings")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "planWedding", summary = "Plan a collective wedding")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a collective wedding", value = """
            {"title": "“工会红娘”集体婚礼", "heldOn": "2027-05-20", "venue": "海滨公园", "capacity": 34}""")))
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(schema = @Schema(implementation = WeddingView.class)))
    public Response plan(@Valid @NotNull WeddingInput input) {
        Wedding wedding = couples.plan(input.title(), input.heldOn(), input.venue(), input.capacity());
        return Response.status(Response.Status.CREATED).entity(view(wedding)).build();
    }

    @GET
    @Path("/weddings")
    @RolesAllowed({ Roles.WORKER, Roles.UNION_STAFF })
    @Operation(operationId = "listWeddings", summary = "Collective weddings, the latest first, with places taken")
    public PageOf<WeddingView> weddings(@BeanParam @Valid PageParams page) {
        return PageOf.of(couples.weddings(), page, this::view);
    }

    @POST
    @Path("/weddings/{weddingId}/registrations")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "registerForWedding", summary = "Take our place at a collective wedding",
            description = "A couple married on or before the wedding's day (422 otherwise), at one wedding (409), "
                    + "while there is room (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "our couple", value = """
            {"coupleId": "3c5e7a9b-1d3f-4a5c-8e7a-9b1d3f5a7c9e"}""")))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = CoupleView.class)))
    public Response register(@PathParam("weddingId") UUID weddingId, @Valid @NotNull WeddingSignUp input) {
        couples.register(caller.memberId(), weddingId, input.coupleId());
        return Response.status(Response.Status.CREATED)
                .entity(CoupleView.of(Couple.findById(input.coupleId()))).build();
    }

    private WeddingView view(Wedding w) {
        return new WeddingView(w.id, w.title, w.heldOn, w.venue, w.capacity, w.couples);
    }
}
