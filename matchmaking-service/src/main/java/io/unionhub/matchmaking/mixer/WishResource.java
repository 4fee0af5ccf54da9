package io.unionhub.matchmaking.mixer;

import java.time.YearMonth;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import io.unionhub.matchmaking.mixer.WishService.Group;
import io.unionhub.matchmaking.profile.ProfileResource;

@Path("/api/matchmaking/mixer-wishes")
@Tag(name = "Mixers", description = "Mixers the union organises: venues, seats per gender, sign-ups, picks, pairs")
public class WishResource {

    public record WishInput(@NotNull Theme theme,
            @NotNull @Pattern(regexp = ProfileResource.ITEM, message = ProfileResource.ITEM_MESSAGE) String district,
            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month, yyyy-MM") String month) {
    }

    public record WishView(UUID wishId, Theme theme, String district, String month) {
    }

    @Inject
    WishService wishes;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "wishForMixer", summary = "Wish for a mixer: a theme, a district, a month",
            description = "This month or one of the next twelve; once per theme, district and month (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a hike in spring", value = """
            {"theme": "OUTDOOR", "district": "海西区", "month": "2027-04"}""")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = WishView.class)))
    public Response wish(@Valid @NotNull WishInput input) {
        MixerWish wish = wishes.wish(caller.memberId(), input.theme(), input.district(),
                YearMonth.parse(input.month()));
        return Response.status(Response.Status.CREATED)
                .entity(new WishView(wish.id, wish.theme, wish.district, input.month())).build();
    }

    @GET
    @Path("/grouped")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "groupedMixerWishes", summary = "Workers' wishes from this month on, grouped",
            description = "By theme, district and month, the most wished first: what to organise next.")
    public PageOf<Group> grouped(@BeanParam @Valid PageParams page) {
        return wishes.grouped(page);
    }
}
