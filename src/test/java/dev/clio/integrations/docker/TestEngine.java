package dev.clio.integrations.docker;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real engine of the container tests: the Podman API service that {@code bin/test} starts and names in
 * {@code CLIO_TEST_DOCKER_HOST}. Without it a test fails in CI ({@code CI=true}) and is skipped with the reason
 * elsewhere. Test containers run with {@code --network none} under unique names and are removed with {@link
 * Container#close()}; they exit at once on SIGTERM so that stop and restart take no grace period.
 */
public final class TestEngine {

    public static final String VARIABLE = "CLIO_TEST_DOCKER_HOST";
    /** Prints "line N" on stdout and "err N" on stderr five times a second. */
    public static final String TICKER = "trap 'exit 0' TERM; i=0; while true; do echo \"line $i\"; "
            + "echo \"err $i\" >&2; i=$((i+1)); sleep 0.2; done";

    private TestEngine() {
    }

    /** The engine's endpoint, after checking that it answers. */
    public static EngineEndpoint endpoint() {
        String url = System.getenv(VARIABLE);
        if (url == null || url.isBlank()) {
            unavailable(VARIABLE + " is not set: run the tests with bin/test, or `. bin/test-engine.sh` first");
        }
        EngineEndpoint endpoint = new EngineEndpoint(url);
        if (!answers(endpoint)) {
            unavailable("the container engine at " + url + " does not answer /_ping; start it with "
                    + "`. bin/test-engine.sh`");
        }
        return endpoint;
    }

    private static void unavailable(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("The container tests need a real engine in CI: " + reason);
        }
        Assumptions.abort("No container engine for this test: " + reason);
    }

    /** True when {@code GET /_ping} on the endpoint's unix socket answers OK. */
    public static boolean answers(EngineEndpoint endpoint) {
        Path socket = Path.of(endpoint.url().substring("unix://".length()));
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            byte[] ping = "GET /_ping HTTP/1.0\r\nHost: d\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            channel.write(ByteBuffer.wrap(ping));
            ByteBuffer answer = ByteBuffer.allocate(256);
            channel.read(answer);
            return new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII).contains(" 200 ");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs busybox's {@code sh -c script} detached under a unique name starting with {@code prefix}.
     *
     * @param options more {@code podman run} options, e.g. {@code --label k=v}
     */
    public static Container run(EngineEndpoint endpoint, String prefix, String script, String... options) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> args = new ArrayList<>(List.of("run", "-d", "--network", "none", "--name", name));
        args.addAll(List.of(options));
        args.addAll(List.of("localhost/busybox:latest", "/bin/sh", "-c", script));
        podman(endpoint, args.toArray(String[]::new));
        return new Container(endpoint, name);
    }

    /** Runs a podman command against the engine's API service (not the local storage), failing on an error. */
    public static String podman(EngineEndpoint endpoint, String... args) {
        List<String> command = new ArrayList<>(List.of("podman", "--remote", "--url", endpoint.url()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A test container; closing removes it (forcibly, at once). */
    public record Container(EngineEndpoint endpoint, String name) implements AutoCloseable {

        public String state() {
            return podman(endpoint, "inspect", "--format", "{{.State.Status}}", name);
        }

        /** The engine's StartedAt, as text: changes with every (re)start. */
        public String startedAt() {
            return podman(endpoint, "inspect", "--format", "{{.State.StartedAt}}", name);
        }

        public void stop() {
            podman(endpoint, "stop", "-t", "0", name);
        }

        @Override
        public void close() {
            podman(endpoint, "rm", "-f", "-t", "0", name);
        }
    }
}
