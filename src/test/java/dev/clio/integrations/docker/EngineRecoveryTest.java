package dev.clio.integrations.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine that is not there, refuses, stops and comes back: a Podman API service of this test's own on a socket of
 * its own (sharing the test engine's storage), started and killed by PID, with one gateway throughout.
 */
class EngineRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void aMissingSocketAndARefusingOneAreOneSentenceEach() throws IOException {
        EngineEndpoint missing = new EngineEndpoint("unix://" + dir.resolve("nothing.sock"));
        try (ContainerGateway gateway = ContainerGateway.open(missing, EngineSettings.defaults())) {
            assertThatThrownBy(gateway::list).isInstanceOf(EngineException.class)
                    .hasMessage("No container engine at " + missing + ": no socket file")
                    .satisfies(e -> assertThat(((EngineException) e).kind()).isEqualTo(EngineException.Kind.NO_ENGINE));
        }
        Path stale = dir.resolve("stale.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(stale));
        }
        assertThat(stale).exists();
        EngineEndpoint refusing = new EngineEndpoint("unix://" + stale);
        try (ContainerGateway gateway = ContainerGateway.open(refusing, EngineSettings.defaults())) {
            assertThatThrownBy(gateway::stats).hasMessage("No container engine at " + refusing
                    + ": connection refused");
        }
    }

    @Test
    void theGatewayRecoversWhenTheEngineComesBack() throws Exception {
        EngineEndpoint shared = TestEngine.endpoint();
        try (TestEngine.Container ticker = TestEngine.run(shared, "clio-recovery", TestEngine.TICKER)) {
            EngineEndpoint own = new EngineEndpoint("unix://" + dir.resolve("own.sock"));
            try (ContainerGateway gateway = ContainerGateway.open(own, EngineSettings.defaults())) {
                Process service = startService(own);
                try {
                    assertThat(names(gateway)).contains(ticker.name());
                } finally {
                    service.destroyForcibly().waitFor();
                }
                assertThatThrownBy(gateway::list).isInstanceOf(EngineException.class)
                        .hasMessageStartingWith("No container engine at " + own + ": ");
                service = startService(own);
                try {
                    assertThat(names(gateway)).contains(ticker.name());
                    assertThat(gateway.logs(ticker.name(), LogRequest.last(2))).hasSize(2);
                } finally {
                    service.destroyForcibly().waitFor();
                }
            }
        }
    }

    private static List<String> names(ContainerGateway gateway) {
        return gateway.list().stream().map(ContainerInfo::name).toList();
    }

    private Process startService(EngineEndpoint endpoint) throws IOException {
        Path conf = dir.resolve("containers.conf");
        Files.writeString(conf, "[containers]\ndefault_ulimits = []\n[engine]\ncgroup_manager = \"cgroupfs\"\n");
        ProcessBuilder pb = new ProcessBuilder("podman", "--runtime", "runc", "system", "service", "--time=0",
                endpoint.url()).redirectErrorStream(true).redirectOutput(dir.resolve("service.log").toFile());
        Map<String, String> env = pb.environment();
        env.put("CONTAINERS_CONF", conf.toString());
        Process p = pb.start();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> TestEngine.answers(endpoint) || !p.isAlive());
        assertThat(p.isAlive()).as("podman system service started; see " + dir.resolve("service.log")).isTrue();
        return p;
    }
}
