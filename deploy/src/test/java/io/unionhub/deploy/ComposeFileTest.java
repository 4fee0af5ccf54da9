package io.unionhub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * docker-compose.yml, checked without a Docker engine: against the Compose schema and its lint rules (dclint, from
 * npm), then against the modules — every app there, built from its own module, healthy before what needs it starts,
 * given exactly the environment its production profile reads, only the gateway published.
 */
class ComposeFileTest {

    private static final Path COMPOSE = AppModule.ROOT.resolve("docker-compose.yml");
    private static final String DCLINT = "dclint@3.1.0";

    @SuppressWarnings("unchecked")
    private static final Map<String, Object> FILE = new Yaml().load(AppModule.read(COMPOSE));
    @SuppressWarnings("unchecked")
    private static final Map<String, Map<String, Object>> SERVICES = (Map<String, Map<String, Object>>) FILE
            .get("services");

    @Test
    void theFileIsValidComposeAndPassesTheLinter() throws Exception {
        Path tools = AppModule.ROOT.resolve("deploy/target/dclint");
        Path linter = tools.resolve("node_modules/.bin/dclint");
        if (!Files.isExecutable(linter)) {
            run(List.of("npm", "install", "--prefix", tools.toString(), "--no-audit", "--no-fund", DCLINT),
                    "npm (apt-get install nodejs npm) installs " + DCLINT);
        }
        run(List.of(linter.toString(), "-c", AppModule.ROOT.resolve("deploy/dclint.json").toString(),
                "--max-warnings", "0", COMPOSE.toString()), "dclint finds nothing in docker-compose.yml");
    }

    @Test
    void everyAppIsAServiceBuiltFromItsModuleAndAskedIfReadyOnItsPort() {
        for (AppModule app : AppModule.all()) {
            Map<String, Object> service = service(app.name());
            Map<String, Object> build = map(service.get("build"));
            assertEquals("deploy/Dockerfile.jvm", build.get("dockerfile"), app.name());
            assertEquals(app.name(), map(build.get("args")).get("MODULE"), app.name() + " is built from its module");
            // Docker's 10 s would kill a graceful stop (readiness down 5 s, calls in flight up to 15 s)
            assertEquals("30s", service.get("stop_grace_period"), app.name() + " has the time to stop");
            if (!app.name().equals("gateway")) { // published instead (onlyTheGatewayIsPublished)
                assertEquals(List.of(String.valueOf(app.port())), service.get("expose"), app.name() + "'s port");
            }
            assertEquals(List.of("CMD", "curl", "-fsS", "-o", "/dev/null",
                    "http://localhost:" + app.port() + "/q/health/ready"), map(service.get("healthcheck")).get("test"),
                    app.name() + " is healthy when ready");
        }
    }

    @Test
    void onlyTheGatewayIsPublished() {
        Set<String> published = SERVICES.entrySet().stream().filter(service -> service.getValue().containsKey("ports"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertEquals(Set.of("gateway"), published);
        assertEquals(List.of("0.0.0.0:8080:" + AppModule.named("gateway").port()), service("gateway").get("ports"));
    }

    @Test
    void everythingRunningHasAHealthCheckAndStartsAfterWhatItNeedsIsHealthy() {
        SERVICES.forEach((name, service) -> {
            boolean oneShot = "no".equals(service.get("restart"));
            assertTrue(oneShot || service.containsKey("healthcheck"), name + " has a health check");
            assertTrue(oneShot || "unless-stopped".equals(service.get("restart")), name + " is restarted if it dies");
            map(service.getOrDefault("depends_on", Map.of())).forEach((dependency, how) -> {
                boolean dependencyOneShot = "no".equals(service(dependency).get("restart"));
                assertEquals(dependencyOneShot ? "service_completed_successfully" : "service_healthy",
                        map(how).get("condition"), name + " waits for " + dependency);
            });
        });
        for (AppModule app : AppModule.all()) {
            Set<String> needs = map(service(app.name()).get("depends_on")).keySet();
            assertTrue(needs.containsAll(Set.of("postgres", "kafka-topics", "keycloak")), app.name() + ": " + needs);
        }
        Set<String> programs = AppModule.all().stream().map(AppModule::name).filter(name -> !name.equals("gateway"))
                .collect(Collectors.toSet());
        assertTrue(map(service("gateway").get("depends_on")).keySet().containsAll(programs),
                "the gateway starts after every app it routes to");
    }

    @Test
    void eachAppGetsWhatItsProductionProfileRequiresAndNothingItDoesNotRead() {
        for (AppModule app : AppModule.all()) {
            Map<String, Object> environment = map(service(app.name()).get("environment"));
            Set<String> missing = new TreeSet<>(app.requiredEnvironment());
            missing.removeAll(environment.keySet());
            assertEquals(Set.of(), missing, app.name() + " would refuse to start without these");
            Set<String> unread = environment.keySet().stream().filter(variable -> !app.reads(variable))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), unread, app.name() + " reads none of these (a typo, or another app's)");
        }
        Map<String, Object> gateway = map(service("gateway").get("environment"));
        for (AppModule app : AppModule.all()) {
            if (!app.name().equals("gateway")) {
                String route = "UNIONHUB_GATEWAY_ROUTES_" + AppModule.environmentName(app.database());
                assertEquals("http://" + app.name() + ":" + app.port(), gateway.get(route), "the gateway's " + route);
            }
        }
    }

    @Test
    void theBrokerAndTheDatabaseKeepTheirDataInVolumes() {
        assertTrue(String.valueOf(service("kafka").get("volumes")).contains(":" + map(service("kafka")
                .get("environment")).get("KAFKA_LOG_DIRS")), "Kafka's log directory is its volume");
        assertTrue(String.valueOf(service("postgres").get("volumes")).contains(":/var/lib/postgresql/data"),
                "PostgreSQL's data directory is its volume");
    }

    @Test
    void eachAppHasItsOwnDatabaseAndUserCreatedWithTheSamePassword() {
        Map<String, Object> postgres = map(service("postgres").get("environment"));
        List<String> created = Arrays.asList(String.valueOf(postgres.get("UNIONHUB_DATABASES")).split(" "));
        for (AppModule app : AppModule.all()) {
            Map<String, Object> environment = map(service(app.name()).get("environment"));
            assertEquals("jdbc:postgresql://postgres:5432/" + app.database(), environment.get("DB_URL"), app.name());
            assertEquals(app.database(), environment.get("DB_USER"), app.name());
            assertTrue(created.contains(app.database()), app.database() + " is created by the init script");
            String password = AppModule.environmentName(app.database()) + "_DB_PASSWORD";
            assertEquals(postgres.get(password), environment.get("DB_PASSWORD"),
                    app.name() + " logs in with the password its user was created with");
        }
    }

    @Test
    void theTopicsCreatedAreTheOnesTheAppsPublishAndConsume() {
        Set<String> used = new TreeSet<>();
        for (AppModule app : AppModule.all()) {
            used.addAll(app.publishedTopics());
            app.consumedTopics().forEach((topic, deadLetters) -> {
                used.add(topic);
                if (deadLetters != null) {
                    used.add(deadLetters);
                }
            });
        }
        String script = AppModule.read(AppModule.ROOT.resolve("deploy/compose/kafka-topics.sh"));
        Set<String> created = new TreeSet<>();
        Matcher program = Pattern.compile("for program in ([a-z ]+); do create \"unionhub\\.\\$program\\.events\"")
                .matcher(script);
        assertTrue(program.find(), "the script creates the program topics in a loop");
        for (String name : program.group(1).trim().split(" ")) {
            created.add("unionhub." + name + ".events");
        }
        Matcher named = Pattern.compile("unionhub\\.[a-z-]+\\.(?:events|dlq)").matcher(script.replace(
                "unionhub.$program.events", ""));
        while (named.find()) {
            created.add(named.group());
        }
        assertEquals(used, created);
        assertEquals("false", String.valueOf(map(service("kafka").get("environment"))
                .get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")), "no topic is created by a first write");
    }

    @Test
    void theRealmHoldsEveryRoleMapsThemToGroupsAndIsTheIssuerTheAppsTrust() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(AppModule.ROOT.resolve("deploy/keycloak/unionhub-realm.json")
                .toFile());
        Set<String> roles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        assertEquals(platformRoles(), roles);
        // a realm that lists client scopes of its own gets none of Keycloak's built-in ones, "basic" among them,
        // whose mapper puts sub in the token (every app requires sub): the realm keeps the built-in scopes
        assertTrue(realm.path("clientScopes").isMissingNode(), "no clientScopes of the realm's own");
        realm.path("clients").forEach(client -> {
            List<String> mappers = new ArrayList<>();
            client.path("protocolMappers").forEach(mapper -> mappers.add(mapper.path("config").path("claim.name")
                    .asText() + mapper.path("config").path("included.custom.audience").asText()));
            assertTrue(mappers.containsAll(List.of("groups", "unionhub")),
                    client.path("clientId") + ": roles in groups, audience unionhub: " + mappers);
            assertTrue(client.path("defaultClientScopes").toString().contains("\"basic\""),
                    client.path("clientId") + " gets the built-in scope that puts sub in its tokens");
        });

        Map<String, Object> keycloak = map(service("keycloak").get("environment"));
        String issuer = keycloak.get("KC_HOSTNAME") + "/realms/" + realm.path("realm").asText();
        for (AppModule app : AppModule.all()) {
            Map<String, Object> environment = map(service(app.name()).get("environment"));
            assertEquals(issuer, environment.get("JWT_ISSUER"), app.name());
            assertEquals(issuer + "/protocol/openid-connect/certs", environment.get("JWT_PUBLIC_KEY_LOCATION"));
        }
        // matchmaking's civil-affairs partner is the realm's partner client, known by its service account's id
        String partners = String.valueOf(map(service("matchmaking-service").get("environment"))
                .get("UNIONHUB_MATCHMAKING_CIVIL_AFFAIRS_PARTNERS"));
        List<String> partnerAccounts = new ArrayList<>();
        realm.path("users").forEach(user -> {
            if (user.has("serviceAccountClientId") && user.path("realmRoles").toString().contains("\"partner\"")) {
                partnerAccounts.add(user.path("id").asText());
            }
        });
        assertTrue(partnerAccounts.containsAll(Arrays.asList(partners.split(","))),
                partners + " in " + partnerAccounts);
    }

    /** The roles kit-web's Roles names (the services check these). */
    private static Set<String> platformRoles() {
        String roles = AppModule.read(AppModule.ROOT.resolve(
                "kit-web/src/main/java/io/unionhub/kit/security/Roles.java"));
        Set<String> names = new TreeSet<>();
        Matcher constant = Pattern.compile("public static final String [A-Z_]+ = \"([a-z-]+)\";").matcher(roles);
        while (constant.find()) {
            names.add(constant.group(1));
        }
        assertTrue(names.size() >= 9, "kit-web's roles: " + names);
        return names;
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = SERVICES.get(name);
        if (service == null) {
            fail("docker-compose.yml has no service " + name);
        }
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static void run(List<String> command, String what) throws IOException, InterruptedException {
        Path output = Files.createTempFile("deploy-check", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            boolean done = process.waitFor(5, TimeUnit.MINUTES);
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertTrue(done && process.exitValue() == 0, what + ":\n" + printed);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
