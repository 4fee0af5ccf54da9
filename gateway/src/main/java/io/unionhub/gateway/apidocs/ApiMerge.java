package io.unionhub.gateway.apidocs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the programs' OpenAPI documents into one. Paths do not clash (each program owns {@code /api/<program>});
 * what can is handled so that every reference still means what it meant in its own document:
 * <ul>
 * <li>a component (a schema, a security scheme…) two documents name alike with different content is renamed in each,
 * program first ({@code CampaignView} → {@code TrainingCampaignView}), its references with it; one they define alike
 * is kept once;</li>
 * <li>an operation id two documents use is prefixed with the program likewise;</li>
 * <li>tags are prefixed with the program ({@code training · Cohorts}), so Swagger UI groups each program's.</li>
 * </ul>
 * An operation the gateway lets through without a token gets {@code security: []} (OpenAPI's "no authentication").
 */
final class ApiMerge {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String REF_PREFIX = "#/components/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private ApiMerge() {
    }

    /**
     * @param documents each program's document, by program (the path segment after {@code /api/})
     * @param isPublic  whether the gateway lets a method (upper case) on a path template through without a token
     * @return the merged paths, components and tags (the caller adds info, servers and security)
     */
    static ObjectNode merge(Map<String, ObjectNode> documents, BiPredicate<String, String> isPublic) {
        Map<String, Map<String, String>> renames = new HashMap<>();
        Map<String, ObjectNode> rewritten = documents;
        // a rename can make two components that were alike differ (PageOfCampaignView pointing at each program's own
        // CampaignView): look again until nothing more needs renaming
        for (Map<String, Map<String, String>> more = componentRenames(rewritten, renames); !more.isEmpty();
                more = componentRenames(rewritten, renames)) {
            more.forEach((program, named) -> renames.computeIfAbsent(program, ignored -> new HashMap<>()).putAll(named));
            rewritten = new LinkedHashMap<>();
            for (Map.Entry<String, ObjectNode> document : documents.entrySet()) {
                ObjectNode copy = document.getValue().deepCopy();
                rewriteReferences(copy, renames.getOrDefault(document.getKey(), Map.of()));
                rewritten.put(document.getKey(), copy);
            }
        }
        checkNoNewClash(documents, renames);
        Set<String> sharedOperationIds = sharedOperationIds(documents);
        ObjectNode paths = JSON.objectNode();
        Map<String, ObjectNode> components = new TreeMap<>();
        Map<String, ObjectNode> tags = new TreeMap<>();
        rewritten.forEach((program, original) -> {
            ObjectNode document = original.deepCopy();
            document.path("components").fields().forEachRemaining(kind -> {
                ObjectNode merged = components.computeIfAbsent(kind.getKey(), ignored -> JSON.objectNode());
                kind.getValue().fields().forEachRemaining(component -> merged.set(
                        renamed(renames, program, kind.getKey(), component.getKey()), component.getValue()));
            });
            for (JsonNode tag : document.path("tags")) {
                ObjectNode prefixed = ((ObjectNode) tag).deepCopy();
                prefixed.put("name", tagOf(program, tag.path("name").asText()));
                tags.put(prefixed.get("name").asText(), prefixed);
            }
            document.path("paths").fields().forEachRemaining(path -> {
                ObjectNode item = (ObjectNode) path.getValue();
                item.fields().forEachRemaining(operation -> {
                    if (!METHODS.contains(operation.getKey()) || !operation.getValue().isObject()) {
                        return;
                    }
                    adjust((ObjectNode) operation.getValue(), program, operation.getKey(), path.getKey(),
                            sharedOperationIds, isPublic);
                });
                paths.set(path.getKey(), item);
            });
        });
        Set<String> operationIds = new HashSet<>();
        paths.forEach(item -> item.fields().forEachRemaining(operation -> {
            String id = operation.getValue().path("operationId").asText(null);
            if (METHODS.contains(operation.getKey()) && id != null && !operationIds.add(id)) {
                throw new IllegalStateException("two operations would be " + id + " in the merged API");
            }
        }));
        ObjectNode merged = JSON.objectNode();
        merged.set("paths", sorted(paths));
        ObjectNode allComponents = merged.putObject("components");
        components.forEach((kind, named) -> allComponents.set(kind, sorted(named)));
        ArrayNode tagList = merged.putArray("tags");
        tags.values().forEach(tagList::add);
        return merged;
    }

    private static void adjust(ObjectNode operation, String program, String method, String path,
            Set<String> sharedOperationIds, BiPredicate<String, String> isPublic) {
        String operationId = operation.path("operationId").asText(null);
        if (operationId != null && sharedOperationIds.contains(operationId)) {
            operation.put("operationId", program + Character.toUpperCase(operationId.charAt(0))
                    + operationId.substring(1));
        }
        if (operation.has("tags")) {
            ArrayNode tags = JSON.arrayNode();
            operation.get("tags").forEach(tag -> tags.add(tagOf(program, tag.asText())));
            operation.set("tags", tags);
        }
        if (isPublic.test(method.toUpperCase(), path)) {
            operation.putArray("security");
        }
    }

    private static String tagOf(String program, String tag) {
        return program + " · " + tag;
    }

    /**
     * Per program, the components still to rename: those another document defines differently under the same name
     * (as the documents read with their references to the components already renamed rewritten).
     */
    private static Map<String, Map<String, String>> componentRenames(Map<String, ObjectNode> documents,
            Map<String, Map<String, String>> done) {
        Map<String, Map<JsonNode, Set<String>>> definitions = new HashMap<>();
        documents.forEach((program, document) -> document.path("components").fields().forEachRemaining(
                kind -> kind.getValue().fields().forEachRemaining(component -> {
                    String key = kind.getKey() + "/" + component.getKey();
                    if (!done.getOrDefault(program, Map.of()).containsKey(key)) {
                        definitions.computeIfAbsent(key, ignored -> new HashMap<>())
                                .computeIfAbsent(component.getValue(), ignored -> new HashSet<>()).add(program);
                    }
                })));
        Map<String, Map<String, String>> renames = new HashMap<>();
        definitions.forEach((key, variants) -> {
            if (variants.size() > 1) {
                String name = key.substring(key.indexOf('/') + 1);
                variants.values().forEach(programs -> programs.forEach(program -> renames
                        .computeIfAbsent(program, ignored -> new HashMap<>())
                        .put(key, capitalized(program) + name)));
            }
        });
        return renames;
    }

    /** A new name must not be one a document already uses: the merge would silently put one over the other. */
    private static void checkNoNewClash(Map<String, ObjectNode> documents, Map<String, Map<String, String>> renames) {
        Set<String> taken = new HashSet<>();
        documents.values().forEach(document -> document.path("components").fields().forEachRemaining(
                kind -> kind.getValue().fieldNames().forEachRemaining(name -> taken.add(kind.getKey() + "/" + name))));
        renames.forEach((program, named) -> named.forEach((key, newName) -> {
            String newKey = key.substring(0, key.indexOf('/') + 1) + newName;
            if (!taken.add(newKey)) {
                throw new IllegalStateException("renaming " + program + "'s " + key + " to " + newName
                        + " clashes with a component of that name");
            }
        }));
    }

    private static String renamed(Map<String, Map<String, String>> renames, String program, String kind, String name) {
        return renames.getOrDefault(program, Map.of()).getOrDefault(kind + "/" + name, name);
    }

    private static Set<String> sharedOperationIds(Map<String, ObjectNode> documents) {
        Map<String, Integer> uses = new HashMap<>();
        documents.values().forEach(document -> document.path("paths").forEach(item -> item.fields()
                .forEachRemaining(operation -> {
                    String id = operation.getValue().path("operationId").asText(null);
                    if (METHODS.contains(operation.getKey()) && id != null) {
                        uses.merge(id, 1, Integer::sum);
                    }
                })));
        Set<String> shared = new HashSet<>();
        uses.forEach((id, count) -> {
            if (count > 1) {
                shared.add(id);
            }
        });
        return shared;
    }

    /**
     * Every reference to a renamed component, anywhere in the document, points at its new name: a {@code $ref} or a
     * discriminator's mapping (any text that is such a reference), and a security requirement's scheme name.
     */
    private static void rewriteReferences(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> replaced = new LinkedHashMap<>();
            object.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                if (value.isTextual() && value.asText().startsWith(REF_PREFIX)) {
                    String key = value.asText().substring(REF_PREFIX.length());
                    String newName = renames.get(key);
                    if (newName != null) {
                        replaced.put(field.getKey(), TextNode.valueOf(
                                REF_PREFIX + key.substring(0, key.indexOf('/') + 1) + newName));
                    }
                } else if ("security".equals(field.getKey()) && value.isArray()) {
                    value.forEach(requirement -> renameSchemes((ObjectNode) requirement, renames));
                } else {
                    rewriteReferences(value, renames);
                }
            });
            replaced.forEach(object::set);
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteReferences(element, renames));
        }
    }

    /** A security requirement names its schemes by their component name. */
    private static void renameSchemes(ObjectNode requirement, Map<String, String> renames) {
        Map<String, JsonNode> renamed = new LinkedHashMap<>();
        requirement.fields().forEachRemaining(scheme -> renamed.put(
                renames.getOrDefault("securitySchemes/" + scheme.getKey(), scheme.getKey()), scheme.getValue()));
        requirement.removeAll();
        renamed.forEach(requirement::set);
    }

    private static ObjectNode sorted(ObjectNode node) {
        ObjectNode sorted = JSON.objectNode();
        new TreeMap<String, JsonNode>(toMap(node)).forEach(sorted::set);
        return sorted;
    }

    private static Map<String, JsonNode> toMap(ObjectNode node) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue()));
        return map;
    }

    private static String capitalized(String program) {
        return Character.toUpperCase(program.charAt(0)) + program.substring(1);
    }
}
