package io.unionhub.gateway.apidocs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

/**
 * The calls the gateway lets through without a token, read from its own HTTP permissions (those with the
 * {@code permit} policy), so that the documentation says what the gateway does.
 */
final class PublicRoutes {

    private static final Pattern PERMISSION_POLICY = Pattern.compile("quarkus\\.http\\.auth\\.permission\\.([^.]+)\\.policy");

    private record Permission(List<String> paths, List<String> methods) {
    }

    private final List<Permission> permits = new ArrayList<>();

    PublicRoutes(Config config) {
        for (String property : config.getPropertyNames()) {
            Matcher policy = PERMISSION_POLICY.matcher(property);
            if (policy.matches() && "permit".equals(config.getOptionalValue(property, String.class).orElse(null))) {
                String prefix = "quarkus.http.auth.permission." + policy.group(1);
                permits.add(new Permission(list(config, prefix + ".paths"), list(config, prefix + ".methods")));
            }
        }
    }

    /** Whether a method (upper case) on an OpenAPI path template ({@code /a/{id}}) needs no token. */
    boolean test(String method, String pathTemplate) {
        return permits.stream().anyMatch(permit -> (permit.methods().isEmpty() || permit.methods().contains(method))
                && permit.paths().stream().anyMatch(path -> covers(path, pathTemplate)));
    }

    /** Quarkus' path rules: {@code /a/*} covers {@code /a} and everything below it, {@code /a} only itself. */
    private static boolean covers(String permissionPath, String pathTemplate) {
        if (permissionPath.endsWith("/*")) {
            String base = permissionPath.substring(0, permissionPath.length() - 2);
            return pathTemplate.equals(base) || pathTemplate.startsWith(base + "/");
        }
        return pathTemplate.equals(permissionPath);
    }

    private static List<String> list(Config config, String property) {
        Optional<String[]> values = config.getOptionalValue(property, String[].class);
        return values.map(List::of).orElse(List.of());
    }
}
