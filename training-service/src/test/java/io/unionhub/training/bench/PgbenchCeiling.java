package io.unionhub.training.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL alone does with the statements a cadre registration issues (the member-id check, the cadre row,
 * its outbox row, one commit), from as many clients as the benchmark's threads: the ceiling the service's figure is
 * compared with. Needs {@code pgbench} (Debian: {@code apt-get install postgresql-contrib} or the server package).
 */
final class PgbenchCeiling {

    private static final int SECONDS = 20;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    /**
     * As the service writes them; the name is a ciphertext the service stored (so key rotation can read it), and the
     * outbox row is born published, so that the service's relay does not send these rows while they are measured.
     */
    private static final String REGISTER_CADRE = """
            \\set n random(1, 2000000000)
            BEGIN;
            SELECT id FROM cadre WHERE member_id = concat('pgb-', :client_id, '-', :n) LIMIT 1;
            INSERT INTO cadre (id, member_id, name, union_unit, unit_type, district, role, appointed_on, registered_at, version)
              VALUES (gen_random_uuid(), concat('pgb-', :client_id, '-', :n), ':name', 'Unit 7',
                      'ENTERPRISE', 'Pgbench', 'FULL_TIME', '2024-03-01', now(), 0);
            INSERT INTO outbox (id, aggregatetype, aggregateid, type, payload, created_at, published_at)
              VALUES (gen_random_uuid(), 'cadre', gen_random_uuid()::text, 'unionhub.training.cadre.registered.v1',
                      '{"cadreId":"00000000-0000-0000-0000-000000000000","district":"Pgbench","role":"FULL_TIME"}', now(),
                      now());
            END;
            """;

    private PgbenchCeiling() {
    }

    static double registerCadreTps(int clients, String nameCiphertext) throws IOException, InterruptedException {
        Path script = Files.createTempFile("register-cadre", ".sql");
        try {
            Files.writeString(script, REGISTER_CADRE, StandardCharsets.UTF_8);
            ProcessBuilder pgbench = new ProcessBuilder(List.of("pgbench", "-n", "-c", String.valueOf(clients), "-j",
                    "2", "-T", String.valueOf(SECONDS), "-D", "name=" + nameCiphertext, "-f", script.toString(), "-h",
                    "127.0.0.1", "-U", "training_test", "training_test")).redirectErrorStream(true);
            pgbench.environment().put("PGPASSWORD", "training_test");
            Process run = pgbench.start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (run.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("no tps in pgbench's output:\n" + output);
            }
            return Double.parseDouble(tps.group(1));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** What removes its rows again, so that the measures after it work on the data they name. */
    static final List<String> CLEAN_UP = List.of("delete from cadre where district = 'Pgbench'",
            "delete from outbox where payload->>'district' = 'Pgbench'");
}
