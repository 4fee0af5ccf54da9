package io.unionhub.kit.testing;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The two sides of a service's event catalogue test: the event types {@code docs/asyncapi.yaml} documents, and the
 * ones the service's code declares (each {@code EventType} constant of its {@code *Events} classes).
 */
public final class EventCatalogue {

    private static final Path ASYNCAPI = Path.of("..", "docs", "asyncapi.yaml");

    private EventCatalogue() {
    }

    /** The full type names ({@code unionhub.<program>.…}) documented for this program. */
    public static Set<String> documented(String program) throws IOException {
        JsonNode asyncApi = new YAMLMapper().readTree(ASYNCAPI.toFile());
        Set<String> names = new TreeSet<>();
        asyncApi.path("components").path("messages").forEach(message -> {
            String name = message.path("name").asText();
            if (name.startsWith("unionhub." + program + ".")) {
                names.add(name);
            }
        });
        return names;
    }

    /**
     * The first documented example of an event type (its CloudEvent payload). A consumer's test publishes it, with
     * its own ids, as the producer publishes it: the producer's test checks its real events against the same example
     * ({@link #sameShape}), so the two cannot drift apart.
     */
    public static ObjectNode example(String type) throws IOException {
        JsonNode asyncApi = new YAMLMapper().readTree(ASYNCAPI.toFile());
        for (JsonNode message : asyncApi.path("components").path("messages")) {
            if (message.path("name").asText().equals(type)) {
                return (ObjectNode) message.path("examples").path(0).path("payload").deepCopy();
            }
        }
        throw new IllegalArgumentException(type + " is not documented in docs/asyncapi.yaml");
    }

    /** Whether two JSON documents have the same fields, recursively, each of the same JSON type (values aside). */
    public static boolean sameShape(JsonNode a, JsonNode b) {
        if (a.getNodeType() != b.getNodeType()) {
            return false;
        }
        if (a.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            Set<String> others = new TreeSet<>();
            b.fieldNames().forEachRemaining(others::add);
            return names.equals(others) && names.stream().allMatch(name -> sameShape(a.get(name), b.get(name)));
        }
        return true;
    }

    /** The full type names the module's compiled {@code *Events} classes declare. */
    public static Set<String> declared(String program) throws Exception {
        Path classes = Path.of("target", "classes");
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Events.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                for (Field field : Class.forName(name).getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType().getSimpleName().equals("EventType")) {
                        Object type = field.get(null);
                        types.add("unionhub." + program + "." + type.getClass().getMethod("type").invoke(type));
                    }
                }
            }
        }
        return types;
    }
}
