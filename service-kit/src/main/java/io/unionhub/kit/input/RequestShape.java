package io.unionhub.kit.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses requests the API cannot answer before any resource runs: a control character (NUL included) or a bare
 * {@code ;} anywhere in the path or query (400), and an {@code Accept} header that admits none of the media types the operation produces
 * — JSON unless it says otherwise — (406, rather than a Java {@code toString()} of the answer).
 */
public class RequestShape {

    /** A percent-encoded C0 control character or DEL: nothing a path or a query value legitimately holds. */
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])");
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON_TYPE);
    private static final List<MediaType> TEXT = List.of(MediaType.TEXT_PLAIN_TYPE);

    /**
     * An empty {@code Accept} (blank or commas only: RFC 9110's list syntax allows it) is taken as none: JAX-RS would fail to parse it
     * while choosing how to write the answer, and answer a 500.
     */
    @ServerRequestFilter(preMatching = true)
    public void dropAnEmptyAccept(ContainerRequestContext request, HttpServerRequest raw) {
        String accept = raw.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && empty(accept)) {
            raw.headers().remove(HttpHeaders.ACCEPT);
            request.getHeaders().remove(HttpHeaders.ACCEPT);
        }
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(HttpServerRequest raw) {
        // the request target as sent: the JAX-RS view drops matrix parameters (";x=%00") before anyone sees them
        String uri = raw.uri();
        if (ENCODED_CONTROL.matcher(uri).find() || uri.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "problem.uri.control-character");
        }
        if (uri.indexOf(';') >= 0) {
            // a matrix parameter, or a query split at ';' (mediatorId=a;x filtered by "a"): no UnionHub address has one
            throw new ProblemException(ProblemType.BAD_REQUEST, "problem.uri.semicolon");
        }
    }

    @ServerRequestFilter
    public void refuseUnacceptable(ContainerRequestContext request, ResourceInfo resource) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || empty(accept) || resource.getResourceMethod() == null) {
            return;
        }
        List<MediaType> produced = produced(resource);
        for (MediaType wanted : accepted(accept)) {
            if (produced.stream().anyMatch(wanted::isCompatible)) {
                return;
            }
        }
        throw new NotAcceptableException();
    }

    /** No element at all: blank, or commas only (the list syntax allows empty elements). */
    private static boolean empty(String accept) {
        return accept.replace(",", "").isBlank();
    }

    private static List<MediaType> accepted(String header) {
        List<MediaType> types = new ArrayList<>();
        for (String element : header.split(",")) {
            if (element.isBlank()) {
                continue;
            }
            MediaType type;
            try {
                type = MediaType.valueOf(element.strip());
            } catch (IllegalArgumentException e) {
                throw new ProblemException(ProblemType.BAD_REQUEST, "problem.header.unreadable", HttpHeaders.ACCEPT);
            }
            if (weight(type) > 0) {
                types.add(type);
            }
        }
        return types;
    }

    /** The q-value; one that cannot be read refuses the header. */
    private static double weight(MediaType type) {
        String q = type.getParameters().get("q");
        try {
            return q == null ? 1 : Double.parseDouble(q);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "problem.header.unreadable", HttpHeaders.ACCEPT);
        }
    }

    private static List<MediaType> produced(ResourceInfo resource) {
        Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        if (produces == null) {
            // what RESTEasy picks when the operation does not say: text for a String, JSON for anything else
            return resource.getResourceMethod().getReturnType() == String.class ? TEXT : JSON;
        }
        List<MediaType> types = new ArrayList<>();
        for (String value : produces.value()) {
            for (String type : value.split(",")) {
                types.add(MediaType.valueOf(type.strip()));
            }
        }
        return types;
    }
}
