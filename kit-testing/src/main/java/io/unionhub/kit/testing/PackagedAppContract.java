package io.unionhub.kit.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.smallrye.config.SmallRyeConfig;

/**
 * The packaged app as a deployment runs it: the jar in {@code target/quarkus-app}, the {@code prod} profile, its
 * configuration from environment variables alone ({@code quarkus.test.env.*}, set for every module by kit-testing's
 * defaults: the test database, the dev public key, the dev encryption key), as {@code ./unionhub up} starts it. A
 * module's {@code *IT} extends it as {@code @QuarkusIntegrationTest @WithKafkaBroker class TrainingPackagedIT extends
 * PackagedAppContract} and names one call that needs a token ({@link #authenticatedCall()}) once it has one.
 */
public abstract class PackagedAppContract {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final long START_FAILURE_WAIT_SECONDS = 120;

    /** A call that needs a token: without one it is a 401, with one (these roles) it gets {@code status}. */
    public record AuthenticatedCall(String path, int status, String... roles) {
    }

    /** The call the token check is shown on; none until the module has an operation (the check is then skipped). */
    protected Optional<AuthenticatedCall> authenticatedCall() {
        return Optional.empty();
    }

    /**
     * The environment variables without which the app must refuse to start, each on its own: a program service's
     * database, broker and token key (a module adds its own keys, or leaves out what it does not use).
     */
    protected List<String> requiredEnvironment() {
        return SERVICE_ENVIRONMENT;
    }

    /** What every program service needs in production (no default there: nothing falls back to localhost). */
    protected static final List<String> SERVICE_ENVIRONMENT = List.of("JWT_PUBLIC_KEY_LOCATION", "DB_URL", "DB_USER",
            "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS");

    /** The service's required variables and the module's own. */
    protected static List<String> serviceEnvironmentAnd(String... own) {
        List<String> required = new ArrayList<>(SERVICE_ENVIRONMENT);
        required.addAll(List.of(own));
        return List.copyOf(required);
    }

    @Test
    void servesHealthFromTheJar() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesItsOpenApi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body("openapi", startsWith("3.")).body("info.title", not(emptyOrNullString()));
    }

    /**
     * The dev key verifies tokens only because the environment named it ({@code JWT_PUBLIC_KEY_LOCATION}): the prod
     * profile has no key of its own.
     */
    @Test
    void takesATokenCheckedWithTheKeyTheEnvironmentNames() {
        assumeTrue(authenticatedCall().isPresent(), "no operation to call yet");
        AuthenticatedCall call = authenticatedCall().get();
        given().when().get(call.path()).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("it-caller", call.roles()))
                .when().get(call.path()).then().statusCode(call.status());
    }

    @Test
    void refusesToStartWithoutARequiredVariable() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the packaged app is at " + JAR.toAbsolutePath());
        Map<String, String> deployment = deploymentEnvironment();
        for (String required : requiredEnvironment()) {
            Path log = Files.createTempFile("start-without-" + required, ".log");
            ProcessBuilder start = new ProcessBuilder(javaCommand()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            start.environment().putAll(deployment);
            start.environment().put("QUARKUS_HTTP_PORT", "0");
            // a port nothing listens on: an app that got further than it should joins no one's consumer group
            start.environment().put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1");
            start.environment().remove(required);
            Process app = start.start();
            try {
                boolean stopped = app.waitFor(START_FAILURE_WAIT_SECONDS, TimeUnit.SECONDS);
                String output = read(log);
                assertTrue(stopped, "without " + required + " the app stays up:\n" + output);
                assertNotEquals(0, app.exitValue(), "without " + required + " the app exits with success:\n" + output);
                assertTrue(output.contains(required), "the start failure names " + required + ":\n" + output);
            } finally {
                app.destroyForcibly().waitFor();
                Files.deleteIfExists(log);
            }
        }
    }

    /** What the launched jar gets: this JVM's environment and the {@code quarkus.test.env.*} the app started with. */
    private static Map<String, String> deploymentEnvironment() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putAll(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getOptionalValues("quarkus.test.env", String.class, String.class).orElse(Map.of()));
        return environment;
    }

    private static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(ConfigProvider.getConfig().getOptionalValue("quarkus.test.arg-line", String.class)
                .orElse("").trim().split("\\s+")));
        command.removeIf(String::isEmpty);
        command.addAll(List.of("-jar", JAR.toString()));
        return command;
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
