package io.unionhub.kit.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs pgbench (Debian's {@code postgresql} package) against the service's own test database with a script of the
 * statements a request issues: the machine's ceiling a benchmark compares the service's rate with.
 */
public final class Pgbench {

    private Pgbench() {
    }

    /**
     * Runs the script for the given seconds with as many clients, each {@code -D name=value} defined; answers the
     * transactions per second pgbench reports.
     */
    public static double tps(Path script, int clients, int seconds, Map<String, String> defines) throws Exception {
        Config config = ConfigProvider.getConfig();
        String jdbcUrl = config.getValue("quarkus.datasource.jdbc.url", String.class);
        URI database = URI.create(jdbcUrl.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-c", Integer.toString(clients), "-j", "2",
                "-T", Integer.toString(seconds)));
        defines.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
        String user = config.getValue("quarkus.datasource.username", String.class);
        command.addAll(List.of("-f", script.toAbsolutePath().toString(), "-h", database.getHost(), "-p",
                Integer.toString(database.getPort()), "-U", user, database.getPath().substring(1)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", config.getValue("quarkus.datasource.password", String.class));
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's output: " + output);
        }
        return Double.parseDouble(tps.group(1));
    }
}
