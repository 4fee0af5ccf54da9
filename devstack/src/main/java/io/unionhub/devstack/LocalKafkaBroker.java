package io.unionhub.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process), bound to 127.0.0.1.
 *
 * <p>{@code ./unionhub up} runs it as a process ({@link #main}); tests start it in-process on free ports and can stop
 * and restart it on the same ports and data, which is how the outbox is tested against a broker that goes away.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public LocalKafkaBroker(Path dataDir, int port, int controllerPort) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A broker on two free loopback ports with a fresh data folder: what a test run wants. */
    public static LocalKafkaBroker onFreePorts() {
        try {
            return new LocalKafkaBroker(Files.createTempDirectory("unionhub-kafka-"), freePort(), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Formats the storage on first start, then starts the broker; returns once it accepts connections. */
    public synchronized LocalKafkaBroker start() {
        if (server != null) {
            return this;
        }
        Properties props = brokerProperties();
        formatStorageOnce(props);
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
        return this;
    }

    /** Stops the broker and keeps its data, so that {@link #start()} brings the same topics back. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties brokerProperties() {
        Properties props = new Properties();
        props.put("node.id", "1");
        props.put("process.roles", "broker,controller");
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("log.dirs", dataDir.resolve("logs").toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    private void formatStorageOnce(Properties props) {
        Path logs = dataDir.resolve("logs");
        if (Files.exists(logs.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logs);
            Path config = dataDir.resolve("server.properties");
            try (var out = Files.newOutputStream(config)) {
                props.store(out, "UnionHub local Kafka broker");
            }
            String[] args = {"format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString(),
                    "--ignore-formatted"};
            // execute(), not main(): main() exits the JVM, which would end the test run with it.
            int exit = StorageTool.execute(args, new PrintStream(OutputStream.nullOutputStream(), true,
                    StandardCharsets.UTF_8));
            if (exit != 0) {
                throw new IllegalStateException("formatting Kafka storage in " + logs + " failed with code " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** {@code java -jar devstack.jar [--data-dir DIR] [--port 9092] [--controller-port 9093]} */
    public static void main(String[] args) {
        Path dataDir = Path.of(".unionhub", "kafka");
        int port = 9092;
        int controllerPort = 9093;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--controller-port" -> controllerPort = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        LocalKafkaBroker broker = new LocalKafkaBroker(dataDir.toAbsolutePath(), port, controllerPort);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-shutdown"));
        broker.start();
        System.out.println("Kafka broker ready on " + broker.bootstrapServers() + ", data in " + dataDir);
    }
}
