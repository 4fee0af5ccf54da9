package io.unionhub.training.survey;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
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

import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.training.cadre.CadreService;
import io.unionhub.training.cohort.CohortResource.CohortView;
import io.unionhub.training.survey.SurveyService.CategoryCount;
import io.unionhub.training.survey.SurveyService.RequestedTopic;

@Path("/api/training")
@Tag(name = "Needs survey", description = "What cadres want to hear, and the extension modules it becomes")
public class SurveyResource {

    public record Topic(@NotBlank @Size(max = 500) String topic, @Size(max = 100) String category) {
    }

    public record SubmitTopics(@NotEmpty @Size(max = 10) List<@NotNull @Valid Topic> topics) {
    }

    public record Adopt(@NotBlank @Size(max = 100) String category, @Size(max = 200) String title) {
    }

    public record NewKeyword(@NotBlank @Size(max = 100) String keyword, @NotBlank @Size(max = 100) String category) {
    }

    public record KeywordView(UUID id, String keyword, String category) {
        static KeywordView of(TopicKeyword keyword) {
            return new KeywordView(keyword.id, keyword.keyword, keyword.category);
        }
    }

    @Inject
    SurveyService survey;

    @Inject
    CadreService cadres;

    @Inject
    Caller caller;

    @POST
    @Path("/cohorts/{cohortId}/topic-requests")
    @RolesAllowed(Roles.CADRE)
    @Operation(operationId = "requestTopics", summary = "An enrolled cadre says what they want to hear",
            description = "Only while the cohort's enrolment is open. The category is optional: uncategorised text "
                    + "is sorted by the keyword dictionary.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two topics", value = """
            {"topics": [{"topic": "工会数字化转型怎么做"}, {"topic": "Safety team building in a salt-industry park",
             "category": "Safety team building"}]}""")))
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "422", description = "Enrolment closed, or the caller is not enrolled in the cohort")
    public Response request(@PathParam("cohortId") UUID cohortId, @Valid @NotNull SubmitTopics request) {
        UUID cadreId = cadres.ofMember(caller.memberId()).id;
        int recorded = survey.submit(cohortId, cadreId,
                request.topics().stream().map(t -> new RequestedTopic(t.topic(), t.category())).toList()).size();
        return Response.created(URI.create("/api/training/cohorts/" + cohortId + "/topic-summary"))
                .entity(java.util.Map.of("recorded", recorded)).build();
    }

    @GET
    @Path("/cohorts/{cohortId}/topic-summary")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS })
    @Operation(operationId = "topicSummary", summary = "The cohort's requests by category, most wanted first")
    public List<CategoryCount> summary(@PathParam("cohortId") UUID cohortId) {
        return survey.summary(cohortId);
    }

    @POST
    @Path("/cohorts/{cohortId}/extension-modules")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "adoptExtensionModule", summary = "Adopt a requested category as an extension module")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "digital transformation", value = """
            {"category": "Digital transformation of unions", "title": "Digital transformation of unions: practice"}""")))
    @APIResponse(responseCode = "200", description = "The cohort with its new module")
    @APIResponse(responseCode = "409", description = "The category already has a module in this cohort")
    public CohortView adopt(@PathParam("cohortId") UUID cohortId, @Valid @NotNull Adopt request) {
        return CohortView.of(survey.adopt(cohortId, request.category(), request.title()));
    }

    @GET
    @Path("/topic-keywords")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.OPS })
    @Operation(operationId = "listTopicKeywords", summary = "The keyword dictionary that sorts uncategorised requests")
    public List<KeywordView> keywords() {
        return survey.keywords().stream().map(KeywordView::of).toList();
    }

    @POST
    @Path("/topic-keywords")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "addTopicKeyword", summary = "Add a keyword to the dictionary")
    public Response addKeyword(@Valid @NotNull NewKeyword request) {
        TopicKeyword keyword = survey.addKeyword(request.keyword(), request.category());
        return Response.created(URI.create("/api/training/topic-keywords/" + keyword.id))
                .entity(KeywordView.of(keyword)).build();
    }

    @DELETE
    @Path("/topic-keywords/{id}")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "removeTopicKeyword", summary = "Remove a keyword from the dictionary")
    public Response removeKeyword(@PathParam("id") UUID id) {
        survey.removeKeyword(id);
        return Response.noContent().build();
    }
}
