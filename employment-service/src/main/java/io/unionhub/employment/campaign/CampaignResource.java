package io.unionhub.employment.campaign;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.employment.application.Application;
import io.unionhub.employment.campaign.CampaignService.NewCampaign;
import io.unionhub.employment.employer.EmployerService;
import io.unionhub.employment.seeker.SeekerResource.SeekerInput;
import io.unionhub.employment.seeker.TargetGroup;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;

@Path("/api/employment/campaigns")
@Tag(name = "Campaigns", description = "Recruitment fairs, months, livestreams and targeted drives, with their figures")
public class CampaignResource {

    public record CampaignInput(
            @NotBlank @Size(max = 200) String name,
            @NotNull CampaignType type,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @Size(max = 200) String venue,
            @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https link") String streamUrl,
            @Size(max = 10) List<@NotNull TargetGroup> targetGroups) {
    }

    public record Joining(UUID employerId, @NotEmpty @Size(max = 200) List<@NotNull UUID> postingIds) {
    }

    public record VisitorCount(@NotNull LocalDate countedOn, @Min(1) @Max(1_000_000) int visitors) {
    }

    /** An on-site intent: a seeker on the register, or a walk-in registered on the spot (exactly one of them). */
    public record Intent(@NotNull UUID postingId, UUID seekerId, @Valid SeekerInput walkIn) {
    }

    public record CampaignView(UUID id, String name, CampaignType type, LocalDate startsOn, LocalDate endsOn,
            String venue, String streamUrl, List<TargetGroup> targetGroups, Campaign.Status status,
            CampaignFigures figures) {

        static CampaignView of(Campaign c, CampaignFigures figures) {
            return new CampaignView(c.id, c.name, c.type, c.startsOn, c.endsOn, c.venue, c.streamUrl,
                    c.targetGroups, c.status, figures);
        }
    }

    public record IntentView(UUID applicationId, UUID seekerId, UUID postingId, UUID campaignId) {
    }

    @Inject
    CampaignService campaigns;

    @Inject
    EmployerService employers;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "openCampaign", summary = "Open a recruitment campaign",
            description = "A fair needs a venue, a livestream its https link.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "recruitment month", value = """
            {"name": "民营企业招聘月 Private enterprise recruitment month", "type": "RECRUITMENT_MONTH",
             "startsOn": "2026-12-01", "endsOn": "2026-12-31", "venue": "市人力资源市场", "targetGroups": []}""")))
    @APIResponse(responseCode = "201", description = "Opened")
    public Response open(@Valid @NotNull CampaignInput input) {
        Campaign campaign = campaigns.open(new NewCampaign(input.name(), input.type(), input.startsOn(),
                input.endsOn(), input.venue(), input.streamUrl(), input.targetGroups()));
        return Response.created(URI.create("/api/employment/campaigns/" + campaign.id))
                .entity(CampaignView.of(campaign, campaigns.figures(campaign.id))).build();
    }

    @GET
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS })
    @Operation(operationId = "listCampaigns", summary = "Campaigns, latest start first, with their figures")
    public PageOf<CampaignView> list(@BeanParam @Valid PageParams page) {
        PageOf<Campaign> found = campaigns.list(page);
        var figures = campaigns.figures(found.items().stream().map(c -> c.id).toList());
        return found.map(c -> CampaignView.of(c, figures.get(c.id)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS })
    @Operation(operationId = "getCampaign", summary = "One campaign with its figures: employers, posts, openings, "
            + "trades, visitors, intents, hires")
    public CampaignView get(@PathParam("id") UUID id) {
        return CampaignView.of(campaigns.find(id), campaigns.figures(id));
    }

    @POST
    @Path("/{id}/employers")
    @RolesAllowed({ Roles.EMPLOYER, Roles.UNION_STAFF })
    @Operation(operationId = "joinCampaign", summary = "An employer joins with its open postings",
            description = "An employer account joins for itself; staff name the employer. Joining again adds postings.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "join", value = """
            {"postingIds": ["6a0d2c1e-3b4f-4a5d-8e7f-9a0b1c2d3e4f"]}""")))
    public CampaignFigures join(@PathParam("id") UUID id, @Valid @NotNull Joining joining) {
        return campaigns.join(id, employers.actingFor(caller, joining.employerId()), joining.postingIds());
    }

    @POST
    @Path("/{id}/visitors")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "countVisitors", summary = "Add visitors counted on a day of the campaign")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "gate count", value = """
            {"countedOn": "2026-12-05", "visitors": 1350}""")))
    public CampaignFigures countVisitors(@PathParam("id") UUID id, @Valid @NotNull VisitorCount count) {
        return campaigns.countVisitors(id, count.countedOn(), count.visitors());
    }

    @POST
    @Path("/{id}/intents")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "recordIntent", summary = "Record an employment intent reached on site",
            description = "For a seeker on the register (seekerId) or a walk-in registered now (walkIn), on a "
                    + "posting that joined the campaign, on one of its days.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "walk-in", value = """
            {"postingId": "6a0d2c1e-3b4f-4a5d-8e7f-9a0b1c2d3e4f",
             "walkIn": {"name": "赵强", "phone": "13700001111", "district": "东港区", "wantedTrades": [],
                        "gigWanted": false}}""")))
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response recordIntent(@PathParam("id") UUID id, @Valid @NotNull Intent intent) {
        if ((intent.seekerId() == null) == (intent.walkIn() == null)) {
            throw ProblemException.invalidField("seekerId", "campaign.intent-seeker-or-walk-in");
        }
        Application application = campaigns.recordIntent(id, intent.postingId(), intent.seekerId(),
                intent.walkIn() == null ? null : intent.walkIn().profile());
        return Response.created(URI.create("/api/employment/applications/" + application.id))
                .entity(new IntentView(application.id, application.seekerId, application.postingId, id)).build();
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "closeCampaign", summary = "Close the campaign (its figures are published)")
    public CampaignView close(@PathParam("id") UUID id) {
        return CampaignView.of(campaigns.close(id), campaigns.figures(id));
    }
}
