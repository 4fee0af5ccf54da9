package io.unionhub.gateway.apidocs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.unionhub.gateway.config.GatewayConfig;

/**
 * The gateway's {@code /q/openapi} (and Swagger UI) is the whole API: at start, the programs' documents (as
 * committed under docs/openapi, copied into the gateway at build) and the gateway's own are merged
 * ({@link ApiMerge}), the operations the gateway lets through without a token marked, and SmallRye OpenAPI serves
 * the result as it serves any document (YAML, or JSON with {@code ?format=json}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class MergedApiFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(MergedApiFilter.class);
    private static final String PROGRAM_DOCS = "openapi/programs/";
    private static final String OWN_DOC = "openapi/gateway.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        GatewayConfig gateway = config.unwrap(SmallRyeConfig.class).getConfigMapping(GatewayConfig.class);
        Map<String, ObjectNode> documents = new TreeMap<>();
        gateway.routes().keySet().forEach(program -> {
            String file = gateway.apiDocs().get(program);
            if (file == null) {
                // routed all the same; ApiDocsTest keeps the shipped routes documented
                LOG.warnf("/api/%s is routed but undocumented: set unionhub.gateway.api-docs.%s", program, program);
            } else {
                documents.put(program, read(PROGRAM_DOCS + file, JSON));
            }
        });
        documents.put("gateway", read(OWN_DOC, new YAMLMapper()));
        ObjectNode merged = ApiMerge.merge(documents, new PublicRoutes(config)::test);
        merged.put("openapi", "3.1.0");
        merged.putObject("info")
                .put("title", "UnionHub API")
                .put("version", config.getOptionalValue("quarkus.application.version", String.class).orElse("0"))
                .put("description", DESCRIPTION);
        merged.putArray("servers").addObject().put("url", gateway.publicUrl().toString());
        merged.putArray("security").addObject().putArray("bearer");
        OpenAPI model;
        try {
            byte[] bytes = JSON.writeValueAsBytes(merged);
            model = SmallRyeOpenAPI.builder()
                    .withConfig(config)
                    .enableModelReader(false)
                    .enableStandardStaticFiles(false)
                    .enableAnnotationScan(false)
                    .enableStandardFilter(false)
                    .withCustomStaticFile(() -> new ByteArrayInputStream(bytes))
                    .build()
                    .model();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        openAPI.setOpenapi(model.getOpenapi());
        openAPI.setInfo(model.getInfo());
        openAPI.setServers(model.getServers());
        openAPI.setSecurity(model.getSecurity());
        openAPI.setTags(model.getTags());
        openAPI.setPaths(model.getPaths());
        openAPI.setComponents(model.getComponents());
    }

    private static ObjectNode read(String resource, ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the gateway was built without " + resource);
            }
            return (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String DESCRIPTION = """
            Every UnionHub program through its one front door: training (union cadre training, the 2+3 model), \
            employment (job seekers, employers, the gig-work board, matching, campaigns, order-based training), \
            mediation (the 12351 hotline's work orders, labour-dispute mediation), matchmaking (young single \
            workers), and the gateway's own partner clients.

            **Tokens.** Every call needs a bearer JWT (RS256, roles in `groups`), except the operations marked \
            without security: the gig-work board's reads and the partner token exchange. A partner agency gets \
            its token from `POST /api/gateway/oauth/token` (client credentials). Each operation's security names \
            the roles it admits.

            **Errors** are RFC 9457 problem+json in English or Simplified Chinese (`Accept-Language`), with the \
            request id (`X-Request-Id`). Rate limits answer 429 with `Retry-After` and `RateLimit-*` headers.

            **Events** the programs publish are described in AsyncAPI at `/q/asyncapi`.""";
}
