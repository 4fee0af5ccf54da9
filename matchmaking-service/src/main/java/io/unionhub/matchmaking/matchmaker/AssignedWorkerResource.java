package io.unionhub.matchmaking.matchmaker;

import java.net.URI;
import java.time.Clock;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
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
import io.unionhub.matchmaking.profile.Education;
import io.unionhub.matchmaking.profile.Gender;
import io.unionhub.matchmaking.profile.Profile;

@Path("/api/matchmaking/assigned-workers")
@Consumes(MediaType.APPLICATION_JSON) // a note's one-string body would otherwise be read from text/plain as is
@Tag(name = "Matchmakers", description = "The volunteer matchmakers and the workers assigned to them")
@RolesAllowed(Roles.MATCHMAKER)
public class AssignedWorkerResource {

    /**
     * What a matchmaker sees of a worker assigned to them: who they are as a match and what they want, never their
     * legal name, ID number or contact. {@code introducible}: verified single and consenting to matching now.
     */
    public record AssignedWorker(UUID profileId, Gender gender, int age, String district, Education education,
            Integer heightCm, String occupation, String selfText, List<String> interests, int prefAgeMin,
            int prefAgeMax, List<String> prefDistricts, Education prefEducationFloor, boolean introducible) {
        static AssignedWorker of(Profile p, LocalDate today) {
            return new AssignedWorker(p.id, p.gender, today.getYear() - p.birthYear, p.district, p.education,
                    p.heightCm, p.occupation, p.selfText, Profile.items(p.interests), p.prefAgeMin, p.prefAgeMax,
                    Profile.items(p.prefDistricts), p.prefEducationFloor, p.available(today));
        }
    }

    public record NoteInput(@NotBlank @Size(max = 2000) String text) {
    }

    public record NoteView(UUID noteId, String text, OffsetDateTime writtenAt) {
        static NoteView of(AdviceNote note) {
            return new NoteView(note.id, note.text, note.writtenAt);
        }
    }

    @Inject
    MatchmakerService matchmakers;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "myAssignedWorkers", summary = "The workers assigned to me who consent to sharing")
    public PageOf<AssignedWorker> workers(@BeanParam @Valid PageParams page) {
        LocalDate today = LocalDate.now(clock);
        return PageOf.of(matchmakers.assignedWorkers(caller.memberId()), page, p -> AssignedWorker.of(p, today));
    }

    @GET
    @Path("/{profileId}")
    @Operation(operationId = "myAssignedWorker", summary = "A worker assigned to me",
            description = "404 for a worker not assigned to me or not consenting to sharing.")
    public AssignedWorker worker(@PathParam("profileId") UUID profileId) {
        return AssignedWorker.of(matchmakers.assignedWorker(caller.memberId(), profileId), LocalDate.now(clock));
    }

    @POST
    @Path("/{profileId}/notes")
    @Operation(operationId = "writeAdviceNote", summary = "Keep a note of advice about a worker (encrypted)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "advice", value = """
            {"text": "性格内向，建议先参加小型户外联谊。"}""")))
    @APIResponse(responseCode = "201", description = "Kept",
            content = @Content(schema = @Schema(implementation = NoteView.class)))
    public Response note(@PathParam("profileId") UUID profileId, @Valid @NotNull NoteInput input) {
        AdviceNote note = matchmakers.note(caller.memberId(), profileId, input.text());
        return Response.created(URI.create("/api/matchmaking/assigned-workers/" + profileId + "/notes"))
                .entity(NoteView.of(note)).build();
    }

    @GET
    @Path("/{profileId}/notes")
    @Operation(operationId = "myAdviceNotes", summary = "My notes about a worker, newest first")
    public List<NoteView> notes(@PathParam("profileId") UUID profileId) {
        return matchmakers.notes(caller.memberId(), profileId).stream().map(NoteView::of).toList();
    }
}
