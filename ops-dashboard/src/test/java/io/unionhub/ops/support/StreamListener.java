package io.unionhub.ops.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A listener on the live stream, reading its messages (event name and JSON data) as they come. */
public final class StreamListener implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One message of the stream. */
    public record Message(String name, JsonNode data) {
    }

    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final Stream<String> lines;

    public StreamListener(URI stream, String token) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                .header("Authorization", token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        lines = answer.body();
        Thread reader = new Thread(this::read, "sse-listener");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        String[] name = { null };
        StringBuilder data = new StringBuilder();
        try {
            lines.forEach(line -> {
                if (line.startsWith("event:")) {
                    name[0] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                } else if (line.startsWith(":")) {
                    comments.add(line);
                } else if (line.isEmpty() && data.length() > 0) {
                    try {
                        messages.add(new Message(name[0], JSON.readTree(data.toString())));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    data.setLength(0);
                    name[0] = null;
                }
            });
        } catch (RuntimeException closed) {
            // the test closed the stream
        }
    }

    /** The next message, waited for up to 20 s. */
    public Message next() throws InterruptedException {
        Message message = messages.poll(20, TimeUnit.SECONDS);
        assertTrue(message != null, "no message within 20 s");
        return message;
    }

    /** Whether a comment line (a keep-alive) has come. */
    public boolean hadComment() {
        return !comments.isEmpty();
    }

    @Override
    public void close() {
        lines.close();
    }
}
