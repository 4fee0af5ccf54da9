package io.unionhub.mediation.centre;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.security.Roles;

@Path("/api/mediation/centres")
@Tag(name = "Centres", description = "The union + court mediation centres")
public class CentreResource {

    public record CentreView(UUID id, String code, String name, String district) {
        static CentreView of(Centre centre) {
            return new CentreView(centre.id, centre.code, centre.name, centre.district);
        }
    }

    @GET
    @RolesAllowed({ Roles.UNION_STAFF, Roles.MEDIATOR, Roles.OPS, Roles.PARTNER, Roles.WORKER })
    @Operation(operationId = "listCentres", summary = "The mediation centres, by code")
    public List<CentreView> list() {
        return Centre.<Centre> listAll(Sort.by("code")).stream().map(CentreView::of).toList();
    }
}
