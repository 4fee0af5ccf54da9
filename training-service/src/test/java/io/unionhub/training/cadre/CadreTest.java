package io.unionhub.training.cadre;

import static io.unionhub.training.support.TrainingApi.asCadre;
import static io.unionhub.training.support.TrainingApi.asStaff;
import static io.unionhub.training.support.TrainingApi.newMemberId;
import static io.unionhub.training.support.TrainingApi.registerCadre;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.training.support.ServiceDatabase;

@QuarkusTest
@WithKafkaBroker
class CadreTest {

    @Inject
    ServiceDatabase database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anImportWithAnIdempotencyKeyRunsOnceAndIsReplayed() {
        String member = newMemberId();
        String csv = "memberId,name,unionUnit,unitType,district,role,appointedOn\n" + member
                + ",李明,Replay Unit,ENTERPRISE,Replay,FULL_TIME,2024-03-01\n";
        String key = "import-" + UUID.randomUUID();
        asStaff().contentType("text/csv; charset=UTF-8").header("Idempotency-Key", key).body(csv)
                .post("/api/training/cadres/imports").then().statusCode(200).body("imported", equalTo(1));
        asStaff().contentType("text/csv; charset=UTF-8").header("Idempotency-Key", key).body(csv)
                .post("/api/training/cadres/imports").then().statusCode(200).header("Idempotent-Replayed", "true");
        asStaff().queryParam("unionUnit", "Replay Unit").get("/api/training/cadres").then().body("items.memberId",
                hasItem(member));
    }

    @Test
    void registeringACadreAnnouncesItOnTheTopicWithoutTheirName() {
        String memberId = newMemberId();
        UUID id = UUID.fromString(asStaff().body(Map.of("memberId", memberId, "name", "王芳",
                        "unionUnit", "Binhai Water Company", "unitType", "ENTERPRISE", "district", "Binhai",
                        "role", "CHAIR", "appointedOn", "2026-03-01"))
                .post("/api/training/cadres")
                .then().statusCode(201)
                .body("name", equalTo("王芳"))
                .body("role", equalTo("CHAIR"))
                .extract().path("id"));

        try (TopicReader reader = new TopicReader(bootstrapServers, "unionhub.training.events")) {
            var records = reader.readUntil(seen -> seen.stream().anyMatch(r -> id.toString().equals(r.key())),
                    Duration.ofSeconds(30));
            String event = records.stream().filter(r -> id.toString().equals(r.key())).findFirst().orElseThrow()
                    .value();
            assertTrue(event.contains("\"type\":\"unionhub.training.cadre.registered.v1\""));
            assertTrue(event.contains("\"district\":\"Binhai\""));
            assertFalse(event.contains("王芳"), "no name in events");
            assertFalse(event.contains(memberId), "no member id in events");
        }
    }

    @Test
    void aMemberIsRegisteredOnlyOnce() {
        String memberId = newMemberId();
        registerCadre(memberId, "FULL_TIME", "Haixi", "Haixi Street");
        asStaff().body(Map.of("memberId", memberId, "name", "李四", "unionUnit", "Haixi Street", "unitType",
                        "STREET", "district", "Haixi", "role", "FULL_TIME", "appointedOn", "2024-01-01"))
                .post("/api/training/cadres")
                .then().statusCode(409)
                .body("type", equalTo("https://unionhub.io/problems/conflict"));
    }

    @Test
    void theSameMemberRegisteredAtOnceFromManyClientsIsOneCadreAndConflictsNotErrors() throws Exception {
        String memberId = newMemberId();
        Map<String, String> cadre = Map.of("memberId", memberId, "name", "赵六", "unionUnit", "Port", "unitType",
                "ENTERPRISE", "district", "Donggang", "role", "FULL_TIME", "appointedOn", "2024-01-01");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> asStaff().body(cadre).post("/api/training/cadres").statusCode()));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void theNameIsEncryptedAtRest() {
        UUID id = registerCadre("PART_TIME", "Encrypted");
        String stored = database.storedCadreName(id);
        assertFalse(stored.contains("张伟"));
        asStaff().get("/api/training/cadres/" + id).then().statusCode(200).body("name", equalTo("张伟"));
    }

    @Test
    void aCadreSeesTheirOwnRecordAndNobodyElses() {
        String mine = newMemberId();
        UUID myId = registerCadre(mine, "PART_TIME", "Haixi", "Haixi Street");
        UUID otherId = registerCadre("PART_TIME", "Haixi");

        asCadre(mine).get("/api/training/cadres/me").then().statusCode(200).body("id", equalTo(myId.toString()));
        asCadre(mine).get("/api/training/cadres/" + myId).then().statusCode(200);
        asCadre(mine).get("/api/training/cadres/" + otherId).then().statusCode(403)
                .body("type", equalTo("https://unionhub.io/problems/forbidden"));
        asCadre(mine).get("/api/training/cadres").then().statusCode(403);
    }

    @Test
    void theCallerIsTheTokensSubjectNotItsLoginName() {
        String subject = newMemberId();
        String loginName = newMemberId();
        UUID subjects = registerCadre(subject, "PART_TIME", "Haixi", "Haixi Street");
        registerCadre(loginName, "PART_TIME", "Haixi", "Haixi Street");
        String token = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject(subject).upn(loginName)
                .claim("preferred_username", loginName).groups(Set.of("cadre")).expiresIn(3600)
                .sign(TestTokens.devKey());

        given().header("Authorization", "Bearer " + token).get("/api/training/cadres/me")
                .then().statusCode(200).body("id", equalTo(subjects.toString()));
    }

    @Test
    void aMemberWhoIsNotACadreIsToldSo() {
        String stranger = newMemberId();
        asCadre(stranger).get("/api/training/cadres/me").then().statusCode(404)
                .body("detail", equalTo("No cadre is registered for member " + stranger
                        + "; union staff register cadres."));
    }

    @Test
    void aCsvImportSentAsJsonIsToldWhichTypeWasRefused() {
        asStaff().contentType("application/json").body("{}").post("/api/training/cadres/imports")
                .then().statusCode(415)
                .body("type", equalTo("https://unionhub.io/problems/unsupported-media-type"))
                .body("detail", equalTo("This operation does not take a body of type 'application/json'; its "
                        + "documentation (/q/openapi) names the type it takes."));
    }

    @Test
    void aCsvHeaderNamingAColumnTwiceIsRefused() {
        asStaff().contentType("text/csv").body("memberId,memberId,name,unionUnit,unitType,district,role,appointedOn\n"
                + "m-dup-1,x,张伟,Unit,ENTERPRISE,Binhai,CHAIR,2025-01-01\n")
                .post("/api/training/cadres/imports")
                .then().statusCode(400)
                .body("detail", equalTo("The header names a column twice."));
        asStaff().get("/api/training/cadres?unionUnit=Unit").then().body("items.memberId", not(hasItem("x")));
    }

    @Test
    void aCsvRowWithANulCharacterIsARejectedLine() {
        asStaff().contentType("text/csv").body("memberId,name,unionUnit,unitType,district,role,appointedOn\nm-nul-1,张\u0000伟,Unit,ENTERPRISE,Binhai,CHAIR,2025-01-01\n")
                .post("/api/training/cadres/imports")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("line 2"))
                .body("errors[0].message", containsString("NUL"));
    }

    @Test
    void staffFilterCadresByUnitDistrictRoleAndTraining() {
        String district = "Filter-" + UUID.randomUUID();
        registerCadre(newMemberId(), "CHAIR", district, "Salt Park");
        registerCadre(newMemberId(), "FULL_TIME", district, "Salt Park");
        registerCadre(newMemberId(), "FULL_TIME", district, "AI Park");

        asStaff().queryParam("district", district).get("/api/training/cadres")
                .then().statusCode(200).body("total", equalTo(3)).body("items.district", everyItem(equalTo(district)));
        asStaff().queryParam("district", district).queryParam("role", "FULL_TIME").get("/api/training/cadres")
                .then().body("total", equalTo(2)).body("items.role", everyItem(equalTo("FULL_TIME")));
        asStaff().queryParam("district", district).queryParam("unionUnit", "Salt Park").get("/api/training/cadres")
                .then().body("total", equalTo(2));
        asStaff().queryParam("district", district).queryParam("trained", false).get("/api/training/cadres")
                .then().body("total", equalTo(3));
        asStaff().queryParam("district", district).queryParam("trained", true).get("/api/training/cadres")
                .then().body("total", equalTo(0));
        asStaff().queryParam("size", 101).get("/api/training/cadres")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void anAtomicImportWithBadRowsImportsNothingAndNamesEachBadLine() {
        String district = "Import-" + UUID.randomUUID();
        CsvFile csv = CsvFile.of(10_000, district, List.of(17, 4_242, 9_999));

        asStaff().contentType("text/csv; charset=UTF-8").body(csv.text())
                .post("/api/training/cadres/imports")
                .then().statusCode(400)
                .body("type", equalTo("https://unionhub.io/problems/validation"))
                .body("errors.field", equalTo(List.of("line 19", "line 4244", "line 10001")))
                .body("errors[0].message", equalTo("role must be one of [FULL_TIME, PART_TIME, CHAIR, VICE_CHAIR]"));

        asStaff().queryParam("district", district).get("/api/training/cadres").then().body("total", equalTo(0));
    }

    @Test
    void aPartialImportTakesTheGoodRowsAndReportsTheRest() {
        String district = "Partial-" + UUID.randomUUID();
        CsvFile csv = CsvFile.of(10_000, district, List.of(0, 5_000));
        String alreadyRegistered = csv.memberId(7);
        registerCadre(alreadyRegistered, "FULL_TIME", district, "Pre-registered");

        asStaff().contentType("text/csv; charset=UTF-8").queryParam("atomic", false).body(csv.text())
                .post("/api/training/cadres/imports")
                .then().statusCode(200)
                .body("rows", equalTo(10_000))
                .body("imported", equalTo(9_997))
                .body("rejected.line", equalTo(List.of(2, 9, 5002)))
                .body("rejected[1].reasons", equalTo(List.of("memberId is already registered")));

        asStaff().queryParam("district", district).queryParam("size", 1).get("/api/training/cadres")
                .then().body("total", equalTo(9_998));
        asStaff().queryParam("district", district).queryParam("unionUnit", "第3工会").queryParam("size", 1)
                .get("/api/training/cadres")
                .then().body("items[0].unionUnit", equalTo("第3工会")).body("items[0].name", startsWith("李"));
    }

    @Test
    void anImportWithoutTheNeededColumnsIsRefused() {
        asStaff().contentType("text/csv; charset=UTF-8").body("memberId,name\nm-1,王五\n")
                .post("/api/training/cadres/imports")
                .then().statusCode(400)
                .body("detail", equalTo("The header lacks the columns: unionUnit, unitType, district, role, appointedOn."));
    }

    @Test
    void excelsUtf8ExportWithItsByteOrderMarkAndEmptyLinesIsRead() {
        String district = "Bom-" + UUID.randomUUID();
        String csv = "\uFEFFmemberId,name,unionUnit,unitType,district,role,appointedOn\n"
                + district + "-1,王一,盐业公司,ENTERPRISE," + district + ",FULL_TIME,2023-05-01\n\n"
                + district + "-2,王二,\"Salt Co., Ltd\",ENTERPRISE," + district + ",PART_TIME,2023-05-01\n\n";
        asStaff().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/training/cadres/imports")
                .then().statusCode(200).body("rows", equalTo(2)).body("imported", equalTo(2));
    }

    @Test
    void aRowWithAnUnquotedCommaIsOneRejectedLineNotAnUnreadableFile() {
        String district = "Comma-" + UUID.randomUUID();
        String csv = "memberId,name,unionUnit,unitType,district,role,appointedOn\n"
                + district + "-1,王一,Salt Co., Ltd,ENTERPRISE," + district + ",FULL_TIME,2023-05-01\n"
                + district + "-2,王二,Salt Co,ENTERPRISE," + district + ",FULL_TIME,2023-05-01\n";
        asStaff().contentType("text/csv; charset=UTF-8").queryParam("atomic", false).body(csv)
                .post("/api/training/cadres/imports")
                .then().statusCode(200).body("imported", equalTo(1))
                .body("rejected[0].line", equalTo(2))
                .body("rejected[0].reasons[0]", equalTo("has 8 columns, the header 7 (a comma inside a value needs quotes)"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedRatherThanImportedAsGarbage() {
        byte[] gbk = ("memberId,name,unionUnit,unitType,district,role,appointedOn\n"
                + "m-gbk-1,王芳,滨海水务,ENTERPRISE,滨海区,CHAIR,2023-05-01\n").getBytes(Charset.forName("GBK"));
        asStaff().contentType("text/csv").body(gbk).post("/api/training/cadres/imports")
                .then().statusCode(400)
                .body("detail", equalTo("The file is not a readable UTF-8 CSV with a header row."));
    }

    @Test
    void parametersThatCannotBeReadAreA400NotA404OrAGuess() {
        asStaff().queryParam("role", "chair").get("/api/training/cadres")
                .then().statusCode(400).body("type", equalTo("https://unionhub.io/problems/validation"));
        asStaff().contentType("text/csv").queryParam("atomic", "yes").body("memberId\n")
                .post("/api/training/cadres/imports").then().statusCode(400);
        asStaff().queryParam("page", 30_000_000).get("/api/training/cadres").then().statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    /** A CSV of cadres with some rows broken (an unknown role), as a federation's spreadsheet export might be. */
    record CsvFile(String text, String district) {

        static CsvFile of(int rows, String district, List<Integer> badRows) {
            StringBuilder csv = new StringBuilder("memberId,name,unionUnit,unitType,district,role,appointedOn\n");
            for (int i = 0; i < rows; i++) {
                String role = badRows.contains(i) ? "TREASURER" : (i % 5 == 0 ? "CHAIR" : "FULL_TIME");
                csv.append(memberId(district, i)).append(",李").append(i).append(",第").append(i % 7)
                        .append("工会,ENTERPRISE,").append(district).append(',').append(role).append(",2024-0")
                        .append(1 + i % 9).append("-15\n");
            }
            return new CsvFile(csv.toString(), district);
        }

        String memberId(int row) {
            return memberId(district, row);
        }

        private static String memberId(String district, int row) {
            return district + "-" + row;
        }
    }
}
