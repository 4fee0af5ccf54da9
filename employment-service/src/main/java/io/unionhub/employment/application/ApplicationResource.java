package io.unionhub.employment.application;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.ForbiddenException;
import io.unionhub.employment.application.ApplicationService.ApplicationFilter;
import io.unionhub.employment.employer.EmployerService;
import io.unionhub.employment.posting.PostingService;
import io.unionhub.employment.seeker.Seeker;
import io.unionhub.employment.seeker.SeekerService;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;

@Path("/api/employment/applications")
@Tag(name = "Applications", description = "Seekers' applications to postings, from submission to hire")
public class ApplicationResource {

    public record NewApplication(@NotNull UUID postingId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Staff name the seeker; a worker applies for themself")
            UUID seekerId) {
    }

    public record StatusChange(@NotNull ApplicationStatus status) {
    }

    public record ApplicationView(UUID id, UUID postingId, UUID seekerId, ApplicationStatus status,
            ApplicationSource source, UUID campaignId, OffsetDateTime submittedAt, OffsetDateTime updatedAt) {

        static ApplicationView of(Application a) {
            return new ApplicationView(a.id, a.postingId, a.seekerId, a.status, a.source, a.campaignId,
                    a.submittedAt, a.updatedAt);
        }
    }

    @Inject
    ApplicationService applications;

    @Inject
    SeekerService seekers;

    @Inject
    PostingService postings;

    @Inject
    EmployerService employers;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({ Roles.WORKER, Roles.UNION_STAFF })
    @Operation(operationId = "apply", summary = "Apply to an open posting")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "worker applies", value = """
            {"postingId": "6a0d2c1e-3b4f-4a5d-8e7f-9a0b1c2d3e4f"}""")))
    @APIResponse(responseCode = "201", description = "Submitted")
    @APIResponse(responseCode = "409", description = "Already applied, or the posting is no longer open")
    public Response apply(@Valid @NotNull NewApplication request) {
        UUID seekerId;
        ApplicationSource source;
        if (caller.hasAnyRole(Roles.UNION_STAFF)) {
            if (request.seekerId() == null) {
                throw ProblemException.missingField("seekerId");
            }
            seekerId = request.seekerId();
            source = ApplicationSource.STAFF;
        } else {
            Seeker me = seekers.ofMember(caller.memberId());
            if (request.seekerId() != null && !request.seekerId().equals(me.id)) {
                throw new ForbiddenException();
            }
            seekerId = me.id;
            source = ApplicationSource.SELF;
        }
        Application application = applications.submit(request.postingId(), seekerId, source, null,
                ApplicationStatus.SUBMITTED);
        return Response.created(URI.create("/api/employment/applications/" + application.id))
                .entity(ApplicationView.of(application)).build();
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "myApplications", summary = "The calling worker's applications, newest first")
    public PageOf<ApplicationView> mine(@BeanParam @Valid PageParams page) {
        return applications.ofSeeker(seekers.ofMember(caller.memberId()).id, page).map(ApplicationView::of);
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYER, Roles.UNION_STAFF })
    @Operation(operationId = "listApplications", summary = "Applications by posting, seeker and status, oldest "
            + "first", description = "Every filter given narrows the list. An employer names one of its own "
                    + "postings; staff may list by any filter, or all.")
    public PageOf<ApplicationView> list(@QueryParam("postingId") UUID postingId,
            @QueryParam("seekerId") UUID seekerId, @QueryParam("status") ApplicationStatus status,
            @BeanParam @Valid PageParams page) {
        if (!caller.hasAnyRole(Roles.UNION_STAFF)) {
            if (postingId == null) {
                throw ProblemException.missingField("postingId");
            }
            employers.requireManagedBy(caller, postings.referenced("postingId", postingId).employerId);
        }
        return applications.list(new ApplicationFilter(postingId, seekerId, status), page).map(ApplicationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.WORKER, Roles.EMPLOYER, Roles.UNION_STAFF })
    @Operation(operationId = "getApplication", summary = "One application (its seeker, the posting's employer, staff)")
    public ApplicationView get(@PathParam("id") UUID id) {
        Application application = applications.find(id);
        requireParty(application, Action.READ);
        return ApplicationView.of(application);
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({ Roles.WORKER, Roles.EMPLOYER, Roles.UNION_STAFF })
    @Operation(operationId = "moveApplication", summary = "Move an application on",
            description = "SUBMITTED → INTERVIEWING → INTENT_REACHED → HIRED, or REJECTED / WITHDRAWN on the way. "
                    + "The seeker may only withdraw; the posting's employer moves it on or rejects it; staff do "
                    + "either. A hire takes an opening: at the last one, exactly one of concurrent hires wins.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "hire", value = "{\"status\": \"HIRED\"}")))
    @APIResponse(responseCode = "200", description = "The application in its new status",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status, or no opening left")
    public ApplicationView move(@PathParam("id") UUID id, @Valid @NotNull StatusChange change) {
        Application application = applications.find(id);
        requireParty(application,
                change.status() == ApplicationStatus.WITHDRAWN ? Action.WITHDRAW : Action.DECIDE);
        return ApplicationView.of(applications.move(id, change.status()));
    }

    private enum Action {
        READ,
        WITHDRAW,
        DECIDE
    }

    /** Staff may do anything; the seeker may read and withdraw; the posting's employer may read and decide. */
    private void requireParty(Application application, Action action) {
        if (caller.hasAnyRole(Roles.UNION_STAFF)) {
            return;
        }
        if (action != Action.WITHDRAW && caller.hasAnyRole(Roles.EMPLOYER)
                && caller.memberId().equals(employers.find(postings.find(application.postingId).employerId)
                        .accountMemberId)) {
            return;
        }
        if (action != Action.DECIDE && caller.hasAnyRole(Roles.WORKER)
                && caller.memberId().equals(seekers.find(application.seekerId).memberId)) {
            return;
        }
        throw new ForbiddenException();
    }
}
