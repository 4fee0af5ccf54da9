package io.unionhub.training.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.training.support.ServiceDatabase;

/** docs/asyncapi.yaml documents exactly the event types the code defines, and nothing is emitted undocumented. */
@QuarkusTest
@WithKafkaBroker
class EventCatalogueTest {

    private static final String PREFIX = "unionhub.training.";

    @Inject
    ServiceDatabase database;

    @Test
    void everyEventTypeTheCodeDefinesIsDocumentedAndNoOther() throws Exception {
        assertEquals(typesInCode(), documentedTypes());
    }

    @Test
    void everyTypeInTheOutboxIsDocumented() throws IOException {
        Set<String> documented = documentedTypes();
        for (String emitted : database.typesEmitted()) {
            assertTrue(documented.contains(emitted), emitted + " is emitted but not in docs/asyncapi.yaml");
        }
    }

    private static Set<String> documentedTypes() throws IOException {
        JsonNode asyncApi = new YAMLMapper().readTree(Path.of("..", "docs", "asyncapi.yaml").toFile());
        Set<String> names = new TreeSet<>();
        asyncApi.path("components").path("messages").forEach(message -> names.add(message.path("name").asText()));
        return names;
    }

    /** The type constants of every *Events class of the service. */
    private static Set<String> typesInCode() throws Exception {
        Path classes = Path.of("target", "classes");
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Events.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                for (Field field : Class.forName(name).getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                        types.add(PREFIX + field.get(null));
                    }
                }
            }
        }
        return types;
    }
}
