package io.unionhub.ops.alert;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Roles;

@Path("/api/ops/alerts")
@Tag(name = "Alerts", description = "Thresholds crossed: coverage pace, closure rate, SLA breaches, outbox backlogs")
public class AlertResource {

    @Inject
    Alerts alerts;

    @GET
    @Transactional
    @RolesAllowed({ Roles.OPS, Roles.UNION_STAFF })
    @Operation(operationId = "listAlerts", summary = "Alerts, the latest raised first",
            description = "open=true lists only those not cleared yet.")
    public PageOf<AlertView> list(@QueryParam("open") @DefaultValue("false") boolean open,
            @BeanParam @Valid PageParams page) {
        return alerts.page(open, page);
    }
}
