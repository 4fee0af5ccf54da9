package io.unionhub.kit.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP/1.1 request written byte for byte, for what HTTP clients refuse to send: a malformed percent-escape, an
 * address of 20,000 characters, a Content-Length far over the limit without the body behind it.
 */
public final class RawHttp {

    /** The answer: status, headers by lower-case name, body. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private RawHttp() {
    }

    /**
     * @param headLines extra header lines ({@code Name: value}); Connection: close is added, and Host unless given
     * @param body      sent as is (may be shorter than a Content-Length given in the head lines)
     */
    public static Answer send(int port, String method, String target, String body, String... headLines)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Connection: close\r\n");
            if (java.util.Arrays.stream(headLines).noneMatch(line -> line.regionMatches(true, 0, "Host:", 0, 5))) {
                head.append("Host: 127.0.0.1:").append(port).append("\r\n");
            }
            for (String line : headLines) {
                head.append(line).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** Reads one answer: to the end of its body (by Content-Length or chunks), or to the end of the stream. */
    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; !complete(all.toString(StandardCharsets.UTF_8)) && (n = in.read(buffer)) > 0;) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // the server may reset after answering a request it did not read to the end: keep what came
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int endOfHead = text.indexOf("\r\n\r\n");
        Map<String, String> headers = headers(text.substring(0, endOfHead < 0 ? text.length() : endOfHead));
        int status = Integer.parseInt(text.split("\r\n", 2)[0].split(" ")[1]);
        String body = endOfHead < 0 ? "" : text.substring(endOfHead + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunked(body);
        }
        return new Answer(status, headers, body);
    }

    private static boolean complete(String text) {
        int endOfHead = text.indexOf("\r\n\r\n");
        if (endOfHead < 0) {
            return false;
        }
        Map<String, String> headers = headers(text.substring(0, endOfHead));
        String body = text.substring(endOfHead + 4);
        if (headers.containsKey("content-length")) {
            return body.getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(headers.get("content-length"));
        }
        return "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) && body.endsWith("0\r\n\r\n");
    }

    private static Map<String, String> headers(String head) {
        String[] lines = head.split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private static String unchunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
