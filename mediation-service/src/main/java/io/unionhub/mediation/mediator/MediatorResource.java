package io.unionhub.mediation.mediator;

import java.net.URI;
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

import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Roles;
import io.unionhub.kit.security.TokenClaimsCheck;
import io.unionhub.mediation.mediator.MediatorService.Details;

@Path("/api/mediation/mediators")
@Tag(name = "Mediators", description = "The centres' mediators")
public class MediatorResource {

    private static final String MEMBER_ID = TokenClaimsCheck.MEMBER_ID_PATTERN;
    private static final String MEMBER_ID_MESSAGE = TokenClaimsCheck.MEMBER_ID_MESSAGE;

    public record NewMediator(
            @NotNull @Pattern(regexp = MEMBER_ID, message = MEMBER_ID_MESSAGE)
            String memberId,
            @NotBlank @Size(max = 100) String displayName,
            @NotNull UUID centreId) {
    }

    public record MediatorUpdate(@NotBlank @Size(max = 100) String displayName, @NotNull UUID centreId,
            @NotNull Boolean active) {
    }

    public record MediatorView(String memberId, String displayName, UUID centreId, boolean active) {

        static MediatorView of(Mediator m) {
            return new MediatorView(m.memberId, m.displayName, m.centreId, m.active);
        }
    }

    @Inject
    MediatorService mediators;

    @POST
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "registerMediator", summary = "Register a mediator at a centre")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a centre's mediator", value = """
            {"memberId": "mediator-07", "displayName": "王调解员", "centreId": "6c0e8a1f-0000-4000-8000-000000000003"}""")))
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "Already registered")
    public Response register(@Valid @NotNull NewMediator request) {
        Mediator mediator = mediators.register(request.memberId(),
                new Details(request.displayName(), request.centreId(), true));
        return Response.created(URI.create("/api/mediation/mediators/" + mediator.memberId))
                .entity(MediatorView.of(mediator)).build();
    }

    @PUT
    @Path("/{memberId}")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "updateMediator", summary = "Rename, move to another centre, retire or bring back")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "retired", value = """
            {"displayName": "王调解员", "centreId": "6c0e8a1f-0000-4000-8000-000000000003", "active": false}""")))
    public MediatorView update(@PathParam("memberId") @Pattern(regexp = MEMBER_ID, message = MEMBER_ID_MESSAGE) String memberId,
            @Valid @NotNull MediatorUpdate request) {
        return MediatorView.of(mediators.update(memberId,
                new Details(request.displayName(), request.centreId(), request.active())));
    }

    @GET
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR })
    @Operation(operationId = "listMediators", summary = "Mediators, by centre and whether active")
    public PageOf<MediatorView> list(@QueryParam("centreId") UUID centreId, @QueryParam("active") Boolean active,
            @BeanParam @Valid PageParams page) {
        return mediators.list(centreId, active, page).map(MediatorView::of);
    }

    @GET
    @Path("/{memberId}")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR })
    @Operation(operationId = "getMediator", summary = "One mediator")
    public MediatorView get(@PathParam("memberId") @Pattern(regexp = MEMBER_ID, message = MEMBER_ID_MESSAGE) String memberId) {
        return MediatorView.of(mediators.find(memberId));
    }
}
