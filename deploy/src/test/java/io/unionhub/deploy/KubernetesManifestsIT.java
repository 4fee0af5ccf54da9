package io.unionhub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests quarkus-kubernetes generated into each app's target/kubernetes/kubernetes.yml at
 * packaging (hence an *IT: skipped, like the packaged-jar tests, when ./unionhub test finds the platform running),
 * held to the modules: probes, ports, resources from the measured memory, configuration by name that covers what the
 * production profile requires, autoscaling for the stateless apps, the topics with their partitions.
 */
class KubernetesManifestsIT {

    /**
     * Resident memory measured under ./unionhub up (-Xmx256m, SerialGC; docs/benchmarks.md), in MiB: a pod must
     * request at least this much.
     */
    private static final Map<String, Integer> MEASURED_RSS_MIB = Map.of("training-service", 263,
            "employment-service", 254, "mediation-service", 230, "matchmaking-service", 227, "ops-dashboard", 220,
            "gateway", 120);
    /** Apps whose pods hold nothing of their own (state in PostgreSQL): scaled by CPU. */
    private static final Set<String> SINGLE_REPLICA = Set.of("ops-dashboard");

    @Test
    void everyAppHasADeploymentWithHealthProbesOnItsPortAndAServiceInFront() {
        for (AppModule app : AppModule.all()) {
            Map<String, Object> container = container(app);
            assertEquals(app.port(), map(list(container.get("ports")).get(0)).get("containerPort"), app.name());
            assertEquals("/q/health/live", map(map(container.get("livenessProbe")).get("httpGet")).get("path"));
            assertEquals("/q/health/ready", map(map(container.get("readinessProbe")).get("httpGet")).get("path"));
            // Flyway migrates before the HTTP server starts: a long migration must not be killed as a failed start
            Map<String, Object> startup = map(container.get("startupProbe"));
            assertTrue((Integer) startup.get("failureThreshold") * (Integer) startup.get("periodSeconds") >= 300,
                    app.name() + " gives its start 5 minutes: " + startup);
            assertEquals(app.port(), map(map(container.get("readinessProbe")).get("httpGet")).get("port"));
            Map<String, Object> service = resource(app, "Service", app.name());
            assertEquals(app.port(), map(list(map(service.get("spec")).get("ports")).get(0)).get("targetPort"));
            assertEquals("unionhub/" + app.name(), String.valueOf(container.get("image")).replaceFirst("^[^/]+/", "")
                    .replaceFirst(":.*", ""), app.name() + "'s image");
        }
    }

    @Test
    void memoryRequestsCoverTheMeasuredFootprintAndLimitsLeaveRoom() {
        for (AppModule app : AppModule.all()) {
            Map<String, Object> resources = map(container(app).get("resources"));
            int requested = mebibytes(map(resources.get("requests")).get("memory"));
            int limit = mebibytes(map(resources.get("limits")).get("memory"));
            assertTrue(MEASURED_RSS_MIB.containsKey(app.name()), app.name() + " has a measured footprint");
            assertTrue(requested >= MEASURED_RSS_MIB.get(app.name()), app.name() + " requests " + requested);
            assertTrue(limit > requested, app.name() + " may grow past its request: " + limit);
            assertTrue(map(resources.get("requests")).containsKey("cpu"), app.name() + " requests CPU");
        }
    }

    @Test
    void theConfigurationItReadsByNameCoversWhatItsProductionProfileRequires() {
        Map<String, Set<String>> keys = exampleConfiguration();
        for (AppModule app : AppModule.all()) {
            Map<String, Object> container = container(app);
            Set<String> given = new TreeSet<>();
            for (Object variable : list(container.getOrDefault("env", List.of()))) {
                String name = String.valueOf(map(variable).get("name"));
                assertTrue(app.reads(name), app.name() + " reads no " + name);
                given.add(name);
            }
            for (Object source : list(container.getOrDefault("envFrom", List.of()))) {
                Map<String, Object> reference = map(source);
                Map<String, Object> named = map(reference.containsKey("secretRef") ? reference.get("secretRef")
                        : reference.get("configMapRef"));
                String name = String.valueOf(named.get("name"));
                assertTrue(keys.containsKey(name), name + " is in deploy/kubernetes/config.example.yml");
                given.addAll(keys.get(name));
            }
            Set<String> missing = new TreeSet<>(app.requiredEnvironment());
            missing.removeAll(given);
            assertEquals(Set.of(), missing, app.name() + " would refuse to start without these");
            assertTrue(String.valueOf(container.get("envFrom")).contains("name=" + app.database() + "-db}"),
                    app.name() + " reads its own database's Secret: " + container.get("envFrom"));
        }
        // the gateway finds each program's Service, and mounts the Secret its signing key location names
        Map<String, Object> gateway = container(AppModule.named("gateway"));
        Map<String, String> environment = new HashMap<>();
        list(gateway.get("env")).forEach(variable -> environment.put(String.valueOf(map(variable).get("name")),
                String.valueOf(map(variable).get("value"))));
        for (AppModule app : AppModule.all()) {
            if (!app.name().equals("gateway")) {
                assertEquals("http://" + app.name() + ":80",
                        environment.get("UNIONHUB_GATEWAY_ROUTES_" + AppModule.environmentName(app.database())));
            }
        }
        String mount = String.valueOf(map(list(gateway.get("volumeMounts")).get(0)).get("mountPath"));
        assertEquals(mount + "/signing-key.pem", environment.get("UNIONHUB_GATEWAY_SIGNING_KEY_LOCATION"));
        assertTrue(keys.get("unionhub-gateway-signing-key").contains("signing-key.pem"));
        // the image's user (uid 185) reads it: the pod's group owns the mounted files, which the group may read
        Map<String, Object> pod = map(map(map(resource(AppModule.named("gateway"), "Deployment", "gateway")
                .get("spec")).get("template")).get("spec"));
        assertEquals(185, map(pod.get("securityContext")).get("fsGroup"));
        int mode = (Integer) map(map(list(pod.get("volumes")).get(0)).get("secret")).get("defaultMode");
        assertTrue((mode & 040) != 0, "the group reads the key: mode " + Integer.toOctalString(mode));
    }

    @Test
    void onlyWhatAnyClusterServesIsGenerated() {
        for (AppModule app : AppModule.all()) {
            assertEquals(List.of(), resources(app, "ServiceMonitor"), app.name() + ": no Prometheus Operator assumed");
            assertEquals(List.of(), resources(app, "Job"), app.name() + ": Flyway migrates as the pods start");
            assertFalse(String.valueOf(container(app).get("env")).contains("QUARKUS_FLYWAY_ACTIVE"),
                    app.name() + " migrates its database");
        }
    }

    @Test
    void statelessAppsScaleOnCpuAndTheDashboardRunsOnce() {
        for (AppModule app : AppModule.all()) {
            Map<String, Object> deployment = resource(app, "Deployment", app.name());
            List<Map<String, Object>> autoscalers = resources(app, "HorizontalPodAutoscaler");
            if (SINGLE_REPLICA.contains(app.name())) {
                assertEquals(1, map(deployment.get("spec")).get("replicas"), app.name());
                assertEquals(List.of(), autoscalers, app.name() + " is not autoscaled");
                continue;
            }
            assertEquals(1, autoscalers.size(), app.name() + " has an autoscaler");
            Map<String, Object> spec = map(autoscalers.get(0).get("spec"));
            assertEquals(app.name(), map(spec.get("scaleTargetRef")).get("name"));
            assertTrue((Integer) spec.get("minReplicas") >= 2, app.name() + " keeps two pods (one may be restarting)");
            assertTrue((Integer) map(deployment.get("spec")).get("replicas") >= 2, app.name());
        }
        assertEquals(1, resources(AppModule.named("gateway"), "Ingress").size(), "the gateway is reached from outside");
    }

    @Test
    void theTopicsAreDeclaredWithTheirPartitionsByTheAppThatOwnsThem() {
        Map<String, Map<String, Object>> declared = new HashMap<>();
        for (AppModule app : AppModule.all()) {
            for (Map<String, Object> topic : resources(app, "KafkaTopic")) {
                Map<String, Object> spec = map(topic.get("spec"));
                declared.put(String.valueOf(spec.get("topicName")), spec);
            }
        }
        for (AppModule app : AppModule.all()) {
            for (String published : app.publishedTopics()) {
                Map<String, Object> spec = declared.get(published);
                assertTrue(spec != null, published + " is declared");
                assertTrue(resources(app, "KafkaTopic").stream().anyMatch(topic -> published.equals(
                        map(topic.get("spec")).get("topicName"))), published + " is declared by " + app.name());
                // the dashboard rebuilds its figures from the start of the topics
                assertEquals("-1", String.valueOf(map(spec.get("config")).get("retention.ms")), published);
            }
            app.consumedTopics().forEach((topic, deadLetters) -> {
                assertTrue(declared.containsKey(topic), topic + " (read by " + app.name() + ") is declared");
                if (deadLetters != null) {
                    assertTrue(declared.containsKey(deadLetters), deadLetters + " is declared");
                }
            });
        }
        for (String program : List.of("training", "employment", "mediation", "matchmaking")) {
            assertEquals(12, declared.get("unionhub." + program + ".events").get("partitions"), program);
        }
    }

    private static Map<String, Set<String>> exampleConfiguration() {
        Map<String, Set<String>> keys = new HashMap<>();
        for (Object document : new Yaml().loadAll(AppModule.read(AppModule.ROOT.resolve(
                "deploy/kubernetes/config.example.yml")))) {
            Map<String, Object> resource = map(document);
            Map<String, Object> data = map(resource.containsKey("data") ? resource.get("data")
                    : resource.get("stringData"));
            keys.put(String.valueOf(map(resource.get("metadata")).get("name")), new TreeSet<>(data.keySet()));
        }
        return keys;
    }

    private static Map<String, Object> container(AppModule app) {
        Map<String, Object> deployment = resource(app, "Deployment", app.name());
        return map(list(map(map(map(deployment.get("spec")).get("template")).get("spec")).get("containers")).get(0));
    }

    private static Map<String, Object> resource(AppModule app, String kind, String name) {
        return resources(app, kind).stream().filter(resource -> name.equals(map(resource.get("metadata")).get("name")))
                .findFirst().orElseThrow(() -> new AssertionError(app.name() + " has no " + kind + " " + name));
    }

    private static List<Map<String, Object>> resources(AppModule app, String kind) {
        Path manifests = AppModule.ROOT.resolve(app.name()).resolve("target/kubernetes/kubernetes.yml");
        assertTrue(Files.isRegularFile(manifests), manifests + " (generated by ./mvnw package)");
        List<Map<String, Object>> found = new ArrayList<>();
        for (Object document : new Yaml().loadAll(AppModule.read(manifests))) {
            if (kind.equals(map(document).get("kind"))) {
                found.add(map(document));
            }
        }
        return found;
    }

    private static int mebibytes(Object quantity) {
        String text = String.valueOf(quantity);
        assertTrue(text.endsWith("Mi") || text.endsWith("Gi"), "a memory quantity in Mi or Gi: " + text);
        int amount = Integer.parseInt(text.substring(0, text.length() - 2));
        return text.endsWith("Gi") ? amount * 1024 : amount;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
