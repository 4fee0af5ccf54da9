package io.unionhub.kit.sample;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;

@Path("/api/kittest/parcels")
@RolesAllowed(Roles.UNION_STAFF)
public class ParcelResource {

    /**
     * @param note       deliberately without {@code @Size}: the kit's column check must still keep it to its column
     * @param holdMillis keeps the request's transaction open this long, to race two requests
     */
    public record RegisterParcel(@NotBlank @Size(max = 100) String label, @NotNull @Positive @Max(1000) Integer weight,
            String note, LocalDate sendOn, Parcel.Kind kind, @Max(10_000) Integer holdMillis) {
    }

    public record ParcelView(UUID id, String label, int weight, String note, LocalDate sendOn, Parcel.Kind kind,
            String recipient) {
    }

    /** An answer Jackson cannot write: storing it for an Idempotency-Key fails after the parcel was written. */
    public record UnwritableView(UUID id) {
        public String getBroken() {
            throw new IllegalStateException("this answer cannot be written");
        }
    }

    /** The labels of requests now holding their transaction open: a racing test sends its duplicate once it is here. */
    public static final Set<String> HOLDING = ConcurrentHashMap.newKeySet();

    @Inject
    ParcelService parcels;

    @Inject
    Caller caller;

    @POST
    public Response register(@Valid @NotNull RegisterParcel request, @jakarta.ws.rs.core.Context UriInfo uri)
            throws InterruptedException {
        Parcel parcel = parcels.register(request.label(), request.weight(), request.note(), request.sendOn(),
                request.kind());
        if (request.holdMillis() != null) {
            HOLDING.add(request.label());
            try {
                Thread.sleep(request.holdMillis());
            } finally {
                HOLDING.remove(request.label());
            }
        }
        return Response.created(URI.create(uri.getPath() + "/" + parcel.id)).entity(view(parcel)).build();
    }

    @POST
    @Path("/unwritable")
    public Response registerWithUnwritableAnswer(@Valid @NotNull RegisterParcel request) {
        Parcel parcel = parcels.register(request.label(), request.weight());
        return Response.status(201).entity(new UnwritableView(parcel.id)).build();
    }

    public record Renote(String note) {
    }

    @jakarta.ws.rs.PUT
    @Path("/{id}/note")
    public Response renote(@PathParam("id") UUID id, @Valid @NotNull Renote renote) {
        parcels.renote(id, renote.note());
        return Response.noContent().build();
    }

    public record Weighing(@NotNull @Positive @Max(1000) Integer weight) {
    }

    @POST
    @Path("/{id}/weighings")
    public Response weigh(@PathParam("id") UUID id, @Valid @NotNull Weighing weighing) {
        parcels.weigh(id, weighing.weight(), 0, false);
        return Response.noContent().build();
    }

    /**
     * A bug: registers a parcel, then swallows the failure of a weighing in the same transaction and answers 201 all
     * the same, though the failure marked the transaction for rollback.
     */
    @POST
    @Path("/swallowed")
    public Response registerAndSwallowAFailure(@Valid @NotNull RegisterParcel request) {
        Parcel parcel = parcels.register(request.label(), request.weight());
        try {
            parcels.weigh(UUID.randomUUID(), 1, 0, false);
        } catch (ProblemException ignored) {
            // the bug: the failure is not the caller's to hear of
        }
        return Response.status(201).entity(view(parcel)).build();
    }

    public record CallerView(String memberId) {
    }

    @GET
    @Path("/caller")
    public CallerView caller() {
        return new CallerView(caller.memberId());
    }

    /** A bug: writes a parcel without its label (a not-null violation), to show how a bug is answered. */
    @POST
    @Path("/bug")
    public Response registerWithABug() {
        parcels.registerWithoutLabel();
        return Response.noContent().build();
    }

    @GET
    public List<ParcelView> list(@QueryParam("label") String label, @QueryParam("sendOnOrAfter") LocalDate sendOn) {
        return parcels.list(label, sendOn).stream().map(ParcelResource::view).toList();
    }

    @GET
    @Path("/{id}")
    public ParcelView get(@PathParam("id") UUID id) {
        return view(parcels.find(id));
    }

    private static ParcelView view(Parcel parcel) {
        return new ParcelView(parcel.id, parcel.label, parcel.weight, parcel.note, parcel.sendOn, parcel.kind,
                parcel.recipient);
    }
}
