package io.unionhub.training.cadre;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import io.unionhub.kit.input.CsvImport.ImportReport;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.training.cadre.CadreService.CadreFilter;
import io.unionhub.training.cadre.CadreService.NewCadre;

// the root every training resource shares: nested paths (/cadres/{id}/...) live in their own features
@Path("/api/training")
@Tag(name = "Cadres", description = "The union cadres of the city, to be trained on the 2+3 model")
public class CadreResource {

    public record RegisterCadre(
            @NotBlank @Size(max = 64) String memberId,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String unionUnit,
            @NotNull UnitType unitType,
            @NotBlank @Size(max = 100) String district,
            @NotNull CadreRole role,
            @NotNull @PastOrPresent LocalDate appointedOn) {
    }

    public record CadreView(UUID id, String memberId, String name, String unionUnit, UnitType unitType,
            String district, CadreRole role, LocalDate appointedOn, boolean newlyAppointed) {

        static CadreView of(Cadre cadre, LocalDate today) {
            return new CadreView(cadre.id, cadre.memberId, cadre.name, cadre.unionUnit, cadre.unitType,
                    cadre.district, cadre.role, cadre.appointedOn, cadre.newlyAppointed(today));
        }
    }

    @Inject
    CadreService cadres;

    @Inject
    CadreCsvImport csvImport;

    @Inject
    Caller caller;

    @POST
    @Path("/cadres")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "registerCadre", summary = "Register a cadre")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "new chair", value = """
            {"memberId": "m-1001", "name": "王芳", "unionUnit": "Binhai Water Company", "unitType": "ENTERPRISE",
             "district": "Binhai", "role": "CHAIR", "appointedOn": "2026-03-01"}""")))
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "The member id is already a registered cadre")
    public Response register(@Valid @NotNull RegisterCadre request) {
        Cadre cadre = cadres.register(new NewCadre(request.memberId(), request.name(), request.unionUnit(),
                request.unitType(), request.district(), request.role(), request.appointedOn()));
        return Response.created(URI.create("/api/training/cadres/" + cadre.id)).entity(view(cadre)).build();
    }

    @POST
    @Path("/cadres/imports")
    @Consumes("text/csv")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "importCadres", summary = "Import cadres from a CSV file",
            description = "UTF-8, header row memberId,name,unionUnit,unitType,district,role,appointedOn. Every row is "
                    + "checked first. By default the import is atomic: one bad row and nothing is imported (400 "
                    + "listing each bad line). With atomic=false the good rows are imported and the bad ones reported.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "two cadres", value = """
            memberId,name,unionUnit,unitType,district,role,appointedOn
            m-2001,李明,Binhai AI Industrial Park,INDUSTRIAL_PARK,Binhai,FULL_TIME,2026-05-10
            m-2002,张丽,Haixi Street,STREET,Haixi,PART_TIME,2019-09-01""")))
    @APIResponse(responseCode = "200", description = "The import report")
    @APIResponse(responseCode = "400", description = "Atomic import with bad rows: nothing imported, each bad line listed")
    public ImportReport importCsv(InputStream csv, @QueryParam("atomic") @DefaultValue("true") boolean atomic) {
        return csvImport.importCsv(csv, atomic);
    }

    @GET
    @Path("/cadres")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS })
    @Operation(operationId = "listCadres", summary = "List cadres by union unit, district, role, trained or not")
    public PageOf<CadreView> list(@QueryParam("unionUnit") String unionUnit, @QueryParam("district") String district,
            @QueryParam("role") CadreRole role, @QueryParam("trained") Boolean trained,
            @BeanParam @Valid PageParams page) {
        return cadres.list(new CadreFilter(unionUnit, district, role, trained), page).map(this::view);
    }

    @GET
    @Path("/cadres/me")
    @RolesAllowed(Roles.CADRE)
    @Operation(operationId = "myCadreRecord", summary = "The calling cadre's own record")
    public CadreView me() {
        return view(cadres.ofMember(caller.memberId()));
    }

    @GET
    @Path("/cadres/{id}")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS, Roles.CADRE })
    @Operation(operationId = "getCadre", summary = "One cadre (a cadre sees only their own record)")
    public CadreView get(@PathParam("id") UUID id) {
        Cadre cadre = cadres.find(id);
        caller.requireOwnerOrRole(cadre.memberId, Roles.UNION_STAFF, Roles.OPS);
        return view(cadre);
    }

    private CadreView view(Cadre cadre) {
        return CadreView.of(cadre, cadres.today());
    }
}
