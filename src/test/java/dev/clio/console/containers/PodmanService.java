package dev.clio.console.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.integrations.docker.EngineEndpoint;
import dev.clio.integrations.docker.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A Podman API service of a test's own on a socket of its own, sharing the test engine's storage (so it sees the same
 * containers): stopped and started again by PID to play an engine that goes away and comes back.
 */
final class PodmanService implements AutoCloseable {

    private final Path dir;
    private final EngineEndpoint endpoint;
    private Process process;

    PodmanService(Path dir) {
        this.dir = dir;
        this.endpoint = new EngineEndpoint("unix://" + dir.resolve("own.sock"));
    }

    EngineEndpoint endpoint() {
        return endpoint;
    }

    void start() throws IOException {
        Path conf = dir.resolve("containers.conf");
        Files.writeString(conf, "[containers]\ndefault_ulimits = []\n[engine]\ncgroup_manager = \"cgroupfs\"\n");
        ProcessBuilder pb = new ProcessBuilder("podman", "--runtime", "runc", "system", "service", "--time=0",
                endpoint.url()).redirectErrorStream(true).redirectOutput(dir.resolve("service.log").toFile());
        pb.environment().put("CONTAINERS_CONF", conf.toString());
        Process p = pb.start();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> TestEngine.answers(endpoint) || !p.isAlive());
        assertThat(p.isAlive()).as("podman system service started; see " + dir.resolve("service.log")).isTrue();
        process = p;
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
