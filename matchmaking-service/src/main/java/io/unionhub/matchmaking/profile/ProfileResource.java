package io.unionhub.matchmaking.profile;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.input.ResidentId;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;
import io.unionhub.matchmaking.erasure.ErasureService;
import io.unionhub.matchmaking.profile.ProfileService.Details;
import io.unionhub.matchmaking.profile.ProfileService.Saved;
import io.unionhub.matchmaking.verification.VerificationService;

@Path("/api/matchmaking/profiles/me")
@Tag(name = "Profiles", description = "A single worker's own profile")
@RolesAllowed(Roles.WORKER)
public class ProfileResource {

    /** A short word or place: no commas (lists are kept comma-separated). */
    public static final String ITEM = "[^,]{1,50}";
    public static final String ITEM_MESSAGE = "must be 1 to 50 characters without a comma";

    public record ProfileInput(@NotNull Gender gender, @Min(1900) @Max(2100) int birthYear,
            @NotNull @Pattern(regexp = ITEM, message = ITEM_MESSAGE) String district, @NotNull Education education,
            @Min(120) @Max(230) Integer heightCm, @Size(max = 100) String occupation,
            @Size(max = 500) String selfText,
            @Size(max = 20) List<@NotNull @Pattern(regexp = ITEM, message = ITEM_MESSAGE) String> interests,
            @NotBlank @Size(max = 100) String contact,
            @NotBlank @Size(max = 50) String legalName,
            @NotNull @Pattern(regexp = ResidentId.PATTERN, message = ResidentId.MESSAGE) String idNumber,
            @Min(18) @Max(80) int prefAgeMin, @Min(18) @Max(80) int prefAgeMax,
            @Size(max = 20) List<@NotNull @Pattern(regexp = ITEM, message = ITEM_MESSAGE) String> prefDistricts,
            Education prefEducationFloor) {

        Details details() {
            return new Details(gender, birthYear, district, education, heightCm, occupation, selfText, interests,
                    contact, legalName, idNumber, prefAgeMin, prefAgeMax, prefDistricts, prefEducationFloor);
        }
    }

    /** The worker's own profile as they see it: their ID number masked. */
    public record OwnProfileView(UUID id, Gender gender, int birthYear, String district, Education education,
            Integer heightCm, String occupation, String selfText, List<String> interests, String contact,
            String legalName, String maskedIdNumber, int prefAgeMin, int prefAgeMax, List<String> prefDistricts,
            Education prefEducationFloor, Verification verification, LocalDate verifiedUntil,
            OffsetDateTime registeredAt, OffsetDateTime updatedAt) {

        static OwnProfileView of(Profile p) {
            return new OwnProfileView(p.id, p.gender, p.birthYear, p.district, p.education, p.heightCm,
                    p.occupation, p.selfText, Profile.items(p.interests), p.contact, p.legalName,
                    ResidentId.masked(p.idNumber), p.prefAgeMin, p.prefAgeMax, Profile.items(p.prefDistricts),
                    p.prefEducationFloor, p.verification, p.verifiedUntil, p.registeredAt, p.updatedAt);
        }

    }

    @Inject
    ProfileService profiles;

    @Inject
    VerificationService verifications;

    @Inject
    ErasureService erasure;

    @Inject
    Caller caller;

    @PUT
    @Operation(operationId = "saveMyProfile", summary = "Create or replace my profile",
            description = "The birth year must be the one in the ID number, and the worker of the legal age of "
                    + "marriage (22 for a man, 20 for a woman). The legal name and ID number serve the registry "
                    + "check only; changing them voids a verification and queues a new check if consented to.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a welder", value = """
            {"gender": "MALE", "birthYear": 1996, "district": "海西区", "education": "VOCATIONAL", "heightCm": 175,
             "occupation": "电焊工", "selfText": "踏实肯干，喜欢钓鱼。", "interests": ["钓鱼", "篮球"],
             "contact": "微信 hx-welder-96", "legalName": "李建国", "idNumber": "110105199603070010",
             "prefAgeMin": 22, "prefAgeMax": 30, "prefDistricts": ["海西区", "滨海区"],
             "prefEducationFloor": "SENIOR_HIGH"}""")))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = OwnProfileView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OwnProfileView.class)))
    @APIResponse(responseCode = "422", description = "Under the legal age of marriage")
    public Response save(@Valid @NotNull ProfileInput input) {
        Saved saved = profiles.save(caller.memberId(), input.details());
        OwnProfileView view = OwnProfileView.of(saved.profile());
        return saved.created() ? Response.created(URI.create("/api/matchmaking/profiles/me")).entity(view).build()
                : Response.ok(view).build();
    }

    @POST
    @Path("/registry-check")
    @Operation(operationId = "requestRegistryRecheck", summary = "Ask for the registry to be checked again",
            description = "For a profile found not single, 30 days after that answer, while the worker consents to "
                    + "the check (a divorce or a death registered since).")
    @APIResponse(responseCode = "200", description = "A check is queued",
            content = @Content(schema = @Schema(implementation = OwnProfileView.class)))
    @APIResponse(responseCode = "409", description = "Not found not single, no consent, or too soon")
    public OwnProfileView requestRecheck() {
        return OwnProfileView.of(verifications.requestRecheck(profiles.mine(caller.memberId())));
    }

    @DELETE
    @Operation(operationId = "eraseMyProfile", summary = "Erase my data",
            description = "Profile, consents, registry answers, likes, picks, matches, introductions, notes, couple: "
                    + "all gone at once; figures keep anonymous counts; profile.erased.v1 tells other services.")
    @APIResponse(responseCode = "204", description = "Erased")
    public void erase() {
        erasure.erase(caller.memberId());
    }

    @GET
    @Operation(operationId = "getMyProfile", summary = "My profile, with where its verification stands")
    public OwnProfileView mine() {
        return OwnProfileView.of(profiles.mine(caller.memberId()));
    }
}
