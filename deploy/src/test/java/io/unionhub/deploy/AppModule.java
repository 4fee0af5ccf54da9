package io.unionhub.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One app of the platform as its sources describe it: its port, its database, and the environment its production
 * profile reads — from its application.properties and the kit defaults it inherits (kit-web's; service-kit's when it
 * depends on it), so the deployment files are checked against the code, not against a list kept beside them.
 */
record AppModule(String name, int port, String database, boolean publishesEvents, Set<String> requiredEnvironment,
        Set<String> readEnvironment, Map<String, String> properties) {

    /** The repository's root: the deploy module's parent directory. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** Every app module: those with a Quarkus application.properties beside a pom. */
    static List<AppModule> all() {
        List<AppModule> modules = new ArrayList<>();
        try (Stream<Path> children = Files.list(ROOT)) {
            for (Path dir : children.sorted().toList()) {
                if (Files.isRegularFile(dir.resolve("pom.xml"))
                        && Files.isRegularFile(dir.resolve("src/main/resources/application.properties"))) {
                    modules.add(of(dir.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return modules;
    }

    static AppModule named(String name) {
        return all().stream().filter(module -> module.name().equals(name)).findFirst().orElseThrow();
    }

    /** An environment variable reference in a property value: ${NAME}, ${NAME:default}. */
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)(NONE\\})?");
    private static final Pattern INCOMING_TOPICS = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topics?");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([a-z.-]+)\"\\)");
    private static final Pattern MAPPING_METHOD = Pattern.compile("^\\s+\\S+(?:<[^>]*>)?\\s+([a-z][A-Za-z0-9]*)\\(\\);",
            Pattern.MULTILINE);

    static AppModule of(String name) {
        Path dir = ROOT.resolve(name);
        String pom = read(dir.resolve("pom.xml"));
        Map<String, String> effective = new LinkedHashMap<>();
        List<Path> sources = new ArrayList<>();
        sources.add(ROOT.resolve("kit-web/src/main/resources/META-INF/microprofile-config.properties"));
        boolean serviceKit = pom.contains("<artifactId>service-kit</artifactId>");
        if (serviceKit) {
            sources.add(ROOT.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"));
        }
        sources.add(dir.resolve("src/main/resources/application.properties"));
        // the prod profile's view: plain keys, then %prod. keys over them; a module's file over the kit's
        for (Path source : sources) {
            Properties file = load(source);
            file.stringPropertyNames().stream().filter(key -> !key.startsWith("%"))
                    .forEach(key -> effective.put(key, file.getProperty(key)));
            file.stringPropertyNames().stream().filter(key -> key.startsWith("%prod."))
                    .forEach(key -> effective.put(key.substring("%prod.".length()), file.getProperty(key)));
        }
        Set<String> required = new TreeSet<>();
        Set<String> read = new TreeSet<>();
        for (Map.Entry<String, String> property : effective.entrySet()) {
            if (property.getKey().startsWith("quarkus.kubernetes.") || property.getKey().startsWith("quarkus.test.")) {
                continue; // build-time settings of the manifests and the tests, not the app's own environment
            }
            read.add(environmentName(property.getKey()));
            Matcher reference = REFERENCE.matcher(property.getValue());
            while (reference.find()) {
                read.add(reference.group(1));
                // no default, or the kit's "NONE" that a start check refuses
                if (reference.group(2).isEmpty() || reference.group(3) != null) {
                    required.add(reference.group(1));
                }
            }
        }
        // encrypted columns: a start check refuses the app without the key (and without the fingerprint key where
        // a keyed hash is used)
        if ("true".equals(effective.get("unionhub.crypto.required"))) {
            required.add("UNIONHUB_CRYPTO_KEY");
        }
        List<String> code = javaSources(dir);
        if (code.stream().anyMatch(source -> source.contains("Fingerprint "))) {
            required.add("UNIONHUB_CRYPTO_FINGERPRINT_KEY");
        }
        for (String source : code) {
            Matcher mapping = MAPPING.matcher(source);
            if (mapping.find()) {
                Matcher method = MAPPING_METHOD.matcher(source);
                while (method.find()) {
                    read.add(environmentName(mapping.group(1) + "." + kebab(method.group(1))));
                }
            }
        }
        String database = effective.getOrDefault("unionhub.program", name);
        return new AppModule(name, Integer.parseInt(effective.get("quarkus.http.port")), database, serviceKit, required,
                read, effective);
    }

    /** Whether the app reads this variable: one it references, a property's own name, Quarkus's, the image's. */
    boolean reads(String variable) {
        return readEnvironment.contains(variable) || variable.startsWith("QUARKUS_")
                || variable.equals("JAVA_OPTS_APPEND") || variable.equals("KUBERNETES_NAMESPACE");
    }

    /** The topics it consumes, each with its dead-letter topic. */
    Map<String, String> consumedTopics() {
        Map<String, String> topics = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            Matcher channel = INCOMING_TOPICS.matcher(key);
            if (channel.matches()) {
                String deadLetters = properties.get("mp.messaging.incoming." + channel.group(1)
                        + ".dead-letter-queue.topic");
                for (String topic : value.split(",")) {
                    topics.put(topic.trim(), deadLetters);
                }
            }
        });
        return topics;
    }

    /** The topic the kit's outbox publishes to (service-kit's KitConfig: unionhub.<program>.events), if any. */
    Set<String> publishedTopics() {
        return publishesEvents ? Set.of("unionhub." + database + ".events") : Set.of();
    }

    /** SmallRye Config's environment name of a property: upper case, anything but letters and digits an underscore. */
    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<String> javaSources(Path dir) {
        try (Stream<Path> files = Files.walk(dir.resolve("src/main/java"))) {
            return files.filter(file -> file.toString().endsWith(".java")).map(AppModule::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
