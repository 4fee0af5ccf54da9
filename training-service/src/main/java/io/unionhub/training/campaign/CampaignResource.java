package io.unionhub.training.campaign;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Roles;
import io.unionhub.training.campaign.CoverageService.Coverage;
import io.unionhub.training.campaign.CoverageService.InvitationRun;
import io.unionhub.training.campaign.CoverageService.NewCampaign;
import io.unionhub.training.campaign.CoverageService.TopicDelivery;

@Path("/api/training/campaigns")
@Tag(name = "Coverage campaign", description = "\"Not one left behind\": coverage, the untrained, the pace, invitations")
@RolesAllowed({ Roles.UNION_STAFF, Roles.OPS })
public class CampaignResource {

    public record StartCampaign(@NotBlank @Size(max = 200) String name, @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn, List<@NotBlank @Size(max = 100) String> districts) {
    }

    public record CampaignView(UUID id, String name, LocalDate startsOn, LocalDate endsOn, List<String> districts) {
        static CampaignView of(Campaign campaign) {
            return new CampaignView(campaign.id, campaign.name, campaign.startsOn, campaign.endsOn, campaign.districts);
        }
    }

    public record UntrainedCadre(UUID id, String memberId, String unionUnit, String district, String role,
            LocalDate appointedOn) {
    }

    public record InvitationView(UUID id, UUID cadreId, UUID cohortId, OffsetDateTime invitedAt) {
    }

    @Inject
    CoverageService coverage;

    @POST
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "startCampaign", summary = "Start a coverage campaign over a period and population",
            description = "No districts: every cadre of the city is in scope.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two years, whole city", value = """
            {"name": "Not one left behind 2026-2027", "startsOn": "2026-01-01", "endsOn": "2027-12-31"}""")))
    public Response start(@Valid @NotNull StartCampaign request) {
        Campaign campaign = coverage.create(new NewCampaign(request.name(), request.startsOn(), request.endsOn(),
                request.districts()));
        return Response.created(URI.create("/api/training/campaigns/" + campaign.id))
                .entity(CampaignView.of(campaign)).build();
    }

    @GET
    @Operation(operationId = "listCampaigns", summary = "The campaigns, latest start first")
    public PageOf<CampaignView> list(@BeanParam @Valid PageParams page) {
        return coverage.list(page).map(CampaignView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCampaign", summary = "One campaign")
    public CampaignView get(@PathParam("id") UUID id) {
        return CampaignView.of(coverage.find(id));
    }

    @GET
    @Path("/{id}/coverage")
    @Operation(operationId = "campaignCoverage",
            summary = "Coverage overall, per district and per unit, and whether the deadline will be met at this pace")
    public Coverage coverage(@PathParam("id") UUID id) {
        return coverage.coverage(id);
    }

    @GET
    @Path("/{id}/untrained")
    @Operation(operationId = "untrainedCadres", summary = "Cadres in scope not yet trained, newest appointments first")
    public PageOf<UntrainedCadre> untrained(@PathParam("id") UUID id, @BeanParam @Valid PageParams page) {
        return coverage.untrained(id, page).map(c -> new UntrainedCadre(c.id, c.memberId, c.unionUnit, c.district,
                c.role.name(), c.appointedOn));
    }

    @POST
    @Path("/{id}/invite-untrained")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "inviteUntrained",
            summary = "Invite each untrained cadre to the next open cohort of their required track with room")
    public InvitationRun inviteUntrained(@PathParam("id") UUID id) {
        return coverage.inviteUntrained(id);
    }

    @GET
    @Path("/{id}/invitations")
    @Operation(operationId = "campaignInvitations", summary = "The campaign's invitations")
    public PageOf<InvitationView> invitations(@PathParam("id") UUID id, @BeanParam @Valid PageParams page) {
        return coverage.invitations(id, page).map(i -> new InvitationView(i.id, i.cadreId, i.cohortId, i.invitedAt));
    }

    @GET
    @Path("/{id}/topics-report")
    @Operation(operationId = "campaignTopicsReport",
            summary = "Requested topics of the campaign's cohorts against the extension modules delivered")
    public List<TopicDelivery> topicsReport(@PathParam("id") UUID id) {
        return coverage.topicsReport(id);
    }
}
