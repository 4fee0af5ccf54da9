package io.unionhub.ops.support;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.TopicWriter;

/**
 * Events as the programs publish them: the recorded ones (a run of the demo data of each program, read from their
 * topics, in order) and the documented examples with fresh ids.
 */
public final class ProgramEvents {

    public static final List<String> PROGRAMS = List.of("training", "employment", "mediation", "matchmaking");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProgramEvents() {
    }

    public static String topic(String program) {
        return "unionhub." + program + ".events";
    }

    /** The recorded events of a program, in the order its topic held them. */
    public static List<ObjectNode> recorded(String program) throws Exception {
        List<ObjectNode> events = new ArrayList<>();
        try (InputStream file = ProgramEvents.class.getResourceAsStream("/recorded/" + program + ".jsonl.gz");
                BufferedReader lines = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                events.add((ObjectNode) JSON.readTree(line));
            }
        }
        return events;
    }

    /** A documented example of a type, with a fresh event id, the time given and its data fields replaced. */
    public static ObjectNode example(String type, OffsetDateTime time, Map<String, Object> data) throws Exception {
        ObjectNode event = EventCatalogue.example(type);
        event.put("id", UUID.randomUUID().toString());
        event.put("time", time.toString());
        ObjectNode fields = (ObjectNode) event.get("data");
        data.forEach((field, value) -> fields.set(field, JSON.valueToTree(value)));
        return event;
    }

    /** Puts events on their program's topic, keyed by subject, as its relay would. */
    public static void send(String program, List<ObjectNode> events) throws Exception {
        List<Map.Entry<String, String>> records = new ArrayList<>(events.size());
        for (ObjectNode event : events) {
            records.add(new AbstractMap.SimpleEntry<>(event.path("subject").asText(event.path("id").asText()),
                    JSON.writeValueAsString(event)));
        }
        try (TopicWriter writer = new TopicWriter(bootstrapServers())) {
            writer.sendAll(topic(program), records);
        }
    }

    /** Puts raw record values (anything) on a topic. */
    public static void sendRaw(String topic, List<String> values) throws Exception {
        List<Map.Entry<String, String>> records = new ArrayList<>();
        values.forEach(value -> records.add(new AbstractMap.SimpleEntry<>("raw", value)));
        try (TopicWriter writer = new TopicWriter(bootstrapServers())) {
            writer.sendAll(topic, records);
        }
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
