package io.unionhub.kit.sample;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.unionhub.kit.security.Roles;

@Path("/api/kittest/parcels")
@RolesAllowed(Roles.UNION_STAFF)
public class ParcelResource {

    public record RegisterParcel(@NotBlank String label, @NotNull @Positive @Max(1000) Integer weight) {
    }

    public record ParcelView(UUID id, String label, int weight) {
    }

    @Inject
    ParcelService parcels;

    @POST
    public Response register(@Valid @NotNull RegisterParcel request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Parcel parcel = parcels.register(request.label(), request.weight());
        return Response.created(URI.create(uri.getPath() + "/" + parcel.id)).entity(view(parcel)).build();
    }

    @GET
    @Path("/{id}")
    public ParcelView get(@PathParam("id") UUID id) {
        return view(parcels.find(id));
    }

    private static ParcelView view(Parcel parcel) {
        return new ParcelView(parcel.id, parcel.label, parcel.weight);
    }
}
