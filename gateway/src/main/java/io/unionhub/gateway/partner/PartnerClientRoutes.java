package io.unionhub.gateway.partner;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.unionhub.gateway.routing.OwnRoutes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemException.FieldProblem;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.security.TokenClaimsCheck;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * {@code /api/gateway/partner-clients} [union-staff, admin] (roles by HTTP permission, application.properties):
 * register a partner agency's client (its secret shown once), list and read them, rotate a secret, revoke a client.
 */
@ApplicationScoped
public class PartnerClientRoutes {

    public static final String PATH = "/api/gateway/partner-clients";
    private static final String NOT_FOUND = "partner-client.not-found";
    private static final int MAX_BODY = 16 * 1024;
    private static final int MAX_NAME = 200;
    private static final Set<String> FIELDS = Set.of("agency", "name");
    /** Letters, digits, punctuation and spaces: no control, format or private-use characters in a name. */
    private static final Pattern PRINTABLE = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Zs}]+");

    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Inject
    PartnerClientService clients;

    public void mount(Router router) {
        router.post(PATH).handler(BodyHandler.create(false).setBodyLimit(MAX_BODY))
                .blockingHandler(RouteAnswers.answering(this::register), false);
        OwnRoutes.readable(router, PATH).blockingHandler(RouteAnswers.answering(this::list), false);
        OwnRoutes.readable(router, PATH + "/:id").blockingHandler(RouteAnswers.answering(this::get), false);
        router.post(PATH + "/:id/secret").blockingHandler(RouteAnswers.answering(this::rotate), false);
        router.post(PATH + "/:id/revoke").blockingHandler(RouteAnswers.answering(this::revoke), false);
        OwnRoutes.otherMethodsRefused(router, PATH, "GET, HEAD, POST");
        OwnRoutes.otherMethodsRefused(router, PATH + "/:id", "GET, HEAD");
        OwnRoutes.otherMethodsRefused(router, PATH + "/:id/secret", "POST");
        OwnRoutes.otherMethodsRefused(router, PATH + "/:id/revoke", "POST");
    }

    private void register(RoutingContext context) {
        if (!RouteAnswers.declares(context, RouteAnswers.JSON) || !RouteAnswers.utf8(context)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "problem.unsupported-media-type.detail",
                    RouteAnswers.declaredType(context));
        }
        JsonObject body = jsonObject(context);
        List<FieldProblem> problems = new ArrayList<>();
        body.fieldNames().stream().filter(field -> !FIELDS.contains(field)).sorted()
                .forEach(field -> problems.add(new FieldProblem(field, "problem.field.unknown")));
        String agency = text(body, "agency", problems);
        String name = text(body, "name", problems);
        if (agency != null && !TokenClaimsCheck.MEMBER_ID.matcher(agency).matches()) {
            problems.add(new FieldProblem("agency", "partner-client.agency-id"));
        }
        if (name != null && (name.isBlank() || name.length() > MAX_NAME || !PRINTABLE.matcher(name).matches())) {
            problems.add(new FieldProblem("name", "partner-client.name", MAX_NAME));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "problem.validation.detail", problems.size())
                    .withFieldProblems(problems);
        }
        PartnerClientService.WithSecret registered = clients.register(agency, name.strip(), RouteAnswers.caller(context));
        context.response().putHeader("Location", PATH + "/" + registered.client().id);
        RouteAnswers.json(context, 201, PartnerClientView.of(registered));
    }

    private void list(RoutingContext context) {
        int page = pageParam(context, "page", 0, 0, 100_000);
        int size = pageParam(context, "size", 20, 1, 100);
        PartnerClientService.Page found = clients.list(page, size);
        RouteAnswers.json(context, 200, new JsonObject()
                .put("items", found.items().stream().map(PartnerClientView::of).toList())
                .put("page", page).put("size", size).put("total", found.total()));
    }

    private void get(RoutingContext context) {
        RouteAnswers.json(context, 200, PartnerClientView.of(clients.get(RouteAnswers.pathId(context, NOT_FOUND))));
    }

    private void rotate(RoutingContext context) {
        PartnerClientService.WithSecret rotated = clients.rotate(RouteAnswers.pathId(context, NOT_FOUND),
                RouteAnswers.caller(context));
        RouteAnswers.json(context, 200, PartnerClientView.of(rotated));
    }

    private void revoke(RoutingContext context) {
        PartnerClient revoked = clients.revoke(RouteAnswers.pathId(context, NOT_FOUND), RouteAnswers.caller(context));
        RouteAnswers.json(context, 200, PartnerClientView.of(revoked));
    }

    /**
     * The body as a JSON object, read strictly: UTF-8 only (a byte-order mark or another encoding is malformed), no
     * comments, no key twice (the agency becomes a token subject: "last one wins" must not decide it).
     */
    private static JsonObject jsonObject(RoutingContext context) {
        try {
            Buffer raw = context.body().buffer();
            String text = raw == null ? "" : StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw.getBytes())).toString();
            if (STRICT_JSON.readTree(text) instanceof ObjectNode object) {
                return new JsonObject(STRICT_JSON.convertValue(object, Map.class));
            }
        } catch (CharacterCodingException | JsonProcessingException e) {
            // not UTF-8, not JSON: malformed, below
        }
        throw new ProblemException(ProblemType.MALFORMED_BODY, "problem.malformed-body.detail");
    }

    private static String text(JsonObject body, String field, List<FieldProblem> problems) {
        Object value = body.getValue(field);
        if (value == null) {
            problems.add(new FieldProblem(field, "problem.field.missing"));
            return null;
        }
        if (!(value instanceof String text)) {
            problems.add(new FieldProblem(field, "problem.field.wrong-type", "text"));
            return null;
        }
        return text;
    }

    private static int pageParam(RoutingContext context, String name, int byDefault, int min, int max) {
        List<String> values = context.queryParam(name);
        if (values.isEmpty()) {
            return byDefault;
        }
        try {
            int value = values.size() == 1 ? Integer.parseInt(values.get(0)) : Integer.MIN_VALUE;
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // not a number: invalid, below
        }
        throw ProblemException.invalidField(name, "partner-client.page-param", min, max);
    }
}
