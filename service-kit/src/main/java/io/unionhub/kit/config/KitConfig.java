package io.unionhub.kit.config;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What a service tells the kit about itself ({@code unionhub.*} in its application.properties). */
@ConfigMapping(prefix = "unionhub")
public interface KitConfig {

    /** The program this service runs, e.g. {@code training}: names the event source, types and topic. */
    String program();

    Outbox outbox();

    Idempotency idempotency();

    Consumer consumer();

    Crypto crypto();

    /**
     * What production cannot run without, each value the setting that must be there
     * ({@code %prod.unionhub.required.database-url=${quarkus.datasource.jdbc.url}}, itself {@code ${DB_URL}} in
     * production): read as the configuration is checked at start, so a
     * missing variable stops the app with "Could not expand value DB_URL", before Quarkus deactivates a datasource
     * without a URL and fails later naming only its own property. Other profiles list nothing.
     */
    Map<String, String> required();

    interface Outbox {
        /** Whether this instance relays the outbox to Kafka (one relay at a time per database anyway). */
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay looks for rows when no commit has woken it up. */
        @WithDefault("500ms")
        Duration pollInterval();

        /** The longest wait between attempts while Kafka is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();

        @WithDefault("200")
        int batchSize();

        /** Published rows are deleted after this long. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Idempotency {
        /** How long a stored answer is replayed for its Idempotency-Key. */
        @WithDefault("PT24H")
        Duration retention();

        /**
         * How long a duplicate waits for the first request with its key to finish (then it gets its answer) before
         * it is told 409 "still in progress".
         */
        @WithDefault("2s")
        Duration waitForFirst();

        /**
         * The longest a request with a key may run: it runs in one transaction with its stored answer (longer than
         * any request: a 20,000-row import takes well under this).
         */
        @WithDefault("PT10M")
        Duration transactionTimeout();
    }

    interface Consumer {
        /** How long a consumer remembers an event id to skip its repeats. */
        @WithDefault("P30D")
        Duration retention();
    }

    interface Crypto {
        /** base64 of the 32-byte AES key that encrypts (EncryptedString); needed by services that have any. */
        java.util.Optional<String> key();

        /** The id stored with every value the current key encrypts. */
        @WithDefault("1")
        String keyId();

        /** Keys kept for reading after a rotation: {@code id:base64,id:base64}. */
        java.util.Optional<String> oldKeys();

        /** base64 of the key of keyed hashes (Fingerprint), never rotated; needed by services that have any. */
        java.util.Optional<String> fingerprintKey();

        /** How often values sealed by another key than the current one are looked for and re-sealed. */
        @WithDefault("5m")
        Duration resealEvery();

        /** How many values per encrypted column each re-seal run rewrites. */
        @WithDefault("500")
        int resealBatch();

        /** A service with encrypted columns sets it: it then refuses to start without a valid key. */
        @WithDefault("false")
        boolean required();
    }

    default String eventSource() {
        return "/unionhub/" + program();
    }

    default String eventTopic() {
        return "unionhub." + program() + ".events";
    }

    default String eventTypePrefix() {
        return "unionhub." + program() + ".";
    }
}
