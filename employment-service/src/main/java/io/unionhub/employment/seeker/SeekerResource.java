package io.unionhub.employment.seeker;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import io.unionhub.employment.seeker.SeekerService.SeekerFilter;
import io.unionhub.employment.seeker.SeekerService.SeekerProfile;
import io.unionhub.kit.input.CsvImport.ImportReport;
import io.unionhub.kit.input.Phone;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.security.Caller;
import io.unionhub.kit.security.Roles;

@Path("/api/employment/seekers")
@Tag(name = "Job seekers", description = "Job intentions from door-to-door surveys and the app")
public class SeekerResource {

    static final int MAX_ITEMS = 20;

    private static final String EXAMPLE = """
            {"name": "李秀英", "phone": "13812345678", "district": "盐田区", "township": "盐场镇", "village": "东湾村",
             "wantedTrades": ["4-10-01-06"], "skills": ["家务", "烹饪"], "certificates": ["健康证"],
             "earliestStart": "2026-12-01", "gigWanted": true, "targetGroups": ["HARDSHIP"]}""";

    public record SeekerInput(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = Phone.PATTERN, message = Phone.MESSAGE) String phone,
            @NotBlank @Size(max = 100) String district,
            @Size(max = 100) String township,
            @Size(max = 100) String village,
            @NotNull @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 20) String> wantedTrades,
            @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 50) String> skills,
            @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 100) String> certificates,
            LocalDate earliestStart,
            boolean gigWanted,
            @Size(max = 10) List<@NotNull TargetGroup> targetGroups) {

        public SeekerProfile profile() {
            return new SeekerProfile(name, phone, district, township, village, wantedTrades, skills, certificates,
                    earliestStart, gigWanted, targetGroups);
        }
    }

    /** One seeker in full, for the worker themself and for staff. */
    public record SeekerView(UUID id, String memberId, String name, String phone, String district, String township,
            String village, List<String> wantedTrades, List<String> skills, List<String> certificates,
            LocalDate earliestStart, boolean gigWanted, List<TargetGroup> targetGroups, RegisteredBy registeredBy) {

        static SeekerView of(Seeker s) {
            return new SeekerView(s.id, s.memberId, s.name, s.phone, s.district, s.township, s.village,
                    s.wantedTrades, s.skills, s.certificates, s.earliestStart, s.gigWanted, s.targetGroups,
                    s.registeredBy);
        }
    }

    /** A seeker in a staff list: the phone masked. */
    public record SeekerListItem(UUID id, String name, String maskedPhone, String district, String township,
            String village, List<String> wantedTrades, boolean gigWanted, List<TargetGroup> targetGroups) {

        static SeekerListItem of(Seeker s) {
            return new SeekerListItem(s.id, s.name, Phone.masked(s.phone), s.district, s.township, s.village,
                    s.wantedTrades, s.gigWanted, s.targetGroups);
        }
    }

    @Inject
    SeekerService seekers;

    @Inject
    SeekerCsvImport csvImport;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "registerSeeker", summary = "Register a seeker from a door-to-door intention survey")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "surveyed villager", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered")
    public Response register(@Valid @NotNull SeekerInput input) {
        Seeker seeker = seekers.register(null, input.profile(), RegisteredBy.STAFF_SURVEY);
        return created(seeker);
    }

    @POST
    @Path("/imports")
    @Consumes("text/csv")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "importSeekers", summary = "Import a door-to-door survey from a CSV file",
            description = "UTF-8, header row name,phone,district,township,village,wantedTrades,skills,certificates,"
                    + "earliestStart,gigWanted,targetGroups; lists separated by |. Atomic by default: one bad row and "
                    + "nothing is imported (400 listing each bad line); with atomic=false the good rows are imported.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "two villagers", value = """
            name,phone,district,township,village,wantedTrades,skills,certificates,earliestStart,gigWanted,targetGroups
            李秀英,13812345678,盐田区,盐场镇,东湾村,4-10-01-06,家务|烹饪,健康证,2026-12-01,true,HARDSHIP
            王建军,13987654321,东港区,渔港镇,西岙村,6-29-01-01,砌砖,,,false,BORDER_POLICE_FAMILY""")))
    @APIResponse(responseCode = "200", description = "The import report")
    public ImportReport importCsv(InputStream csv, @QueryParam("atomic") @DefaultValue("true") boolean atomic) {
        return csvImport.importCsv(csv, atomic);
    }

    @POST
    @Path("/me")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "registerMyself", summary = "A worker registers their own job intention")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "worker", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "The worker is already registered")
    public Response registerMyself(@Valid @NotNull SeekerInput input) {
        return created(seekers.register(caller.memberId(), input.profile(), RegisteredBy.SELF));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "mySeekerProfile", summary = "The calling worker's own profile")
    public SeekerView me() {
        return SeekerView.of(seekers.ofMember(caller.memberId()));
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "updateMySeekerProfile", summary = "The calling worker replaces their own profile")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "worker", value = EXAMPLE)))
    public SeekerView updateMe(@Valid @NotNull SeekerInput input) {
        return SeekerView.of(seekers.update(seekers.ofMember(caller.memberId()).id, input.profile()));
    }

    @GET
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "listSeekers", summary = "Seekers by district, wanted trade, target group, gig wanted "
            + "(phones masked), newest first")
    public PageOf<SeekerListItem> list(@QueryParam("district") @Size(max = 100) String district,
            @QueryParam("trade") @Size(max = 20) String trade, @QueryParam("targetGroup") TargetGroup targetGroup,
            @QueryParam("gigWanted") Boolean gigWanted, @BeanParam @Valid PageParams page) {
        return seekers.list(new SeekerFilter(district, trade, targetGroup, gigWanted), page).map(SeekerListItem::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.UNION_STAFF, Roles.WORKER })
    @Operation(operationId = "getSeeker", summary = "One seeker in full (a worker sees only their own)")
    public SeekerView get(@PathParam("id") UUID id) {
        Seeker seeker = seekers.find(id);
        caller.requireOwnerOrRole(seeker.memberId, Roles.UNION_STAFF);
        return SeekerView.of(seeker);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.UNION_STAFF)
    @Operation(operationId = "updateSeeker", summary = "Staff correct a seeker's profile")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "surveyed villager", value = EXAMPLE)))
    public SeekerView update(@PathParam("id") UUID id, @Valid @NotNull SeekerInput input) {
        return SeekerView.of(seekers.update(id, input.profile()));
    }

    private static Response created(Seeker seeker) {
        return Response.created(URI.create("/api/employment/seekers/" + seeker.id)).entity(SeekerView.of(seeker))
                .build();
    }
}
