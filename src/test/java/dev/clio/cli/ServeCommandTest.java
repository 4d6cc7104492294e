package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import dev.clio.server.OperationsFactory;
import dev.clio.server.ServerBootstrap;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    @AfterEach
    void uninstall() {
        ServerBootstrap.install(null);
    }

    /** A backend whose Operations answer health, ready and validateConfig, and nothing else. */
    private static ServerBootstrap.Backend backend(List<Resources.ConfigFinding> findings, AtomicBoolean closed) {
        Operations ops = (Operations) Proxy.newProxyInstance(Operations.class.getClassLoader(),
                new Class<?>[] {Operations.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "validateConfig" -> findings;
                    case "health" -> new dev.clio.ops.Health.Report("healthy", "All checks passing", List.of(),
                            Instant.now());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new ServerBootstrap.Backend() {
            @Override
            public OperationsFactory factory() {
                return caller -> ops;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
    }

    @Test
    void refusesToStartWithConfigurationErrorsAndPrintsThem() {
        AtomicBoolean closed = new AtomicBoolean();
        ServerBootstrap.install((ws, registry, stats, gate) -> backend(List.of(
                new Resources.ConfigFinding("error", "jwt_secret", "JWT secret must be changed in production"),
                new Resources.ConfigFinding("warning", "log_level", "DEBUG is verbose")), closed));
        MainTest.Captured run = MainTest.Captured.run("serve", "--port", "0", "--workspace", dir.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err()).contains("configuration errors").contains("jwt_secret: JWT secret must be changed "
                + "in production").doesNotContain("log_level").doesNotContain("Exception");
        assertThat(closed).isTrue();
    }

    @Test
    void badOptionsAreOneLineErrors() {
        assertThat(MainTest.Captured.run("serve", "--port", "70000").err()).startsWith("error: --port 70000");
        assertThat(MainTest.Captured.run("serve", "--workspace", dir.resolve("nope").toString()).err())
                .startsWith("error: workspace");
        assertThat(MainTest.Captured.run("serve", "--port", "x").code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(MainTest.Captured.run("serve", "--workspace", dir.toString()).err())
                .contains("no engine wired");
    }

    @Test
    void servesUntilStoppedAndLogsAccess() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        ServerBootstrap.install((ws, registry, stats, gate) -> backend(List.of(), closed));
        CommandLine cli = RootCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> code.set(cli.execute("serve", "--port", "0", "--workspace",
                dir.toString())));
        serving.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> out.toString().contains("serving http://"));
        Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)").matcher(out.toString());
        assertThat(m.find()).isTrue();
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(m.group() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        serving.interrupt();
        serving.join(10_000);
        assertThat(code.get()).isEqualTo(ExitCodes.OK);
        assertThat(closed).isTrue();
        assertThat(Files.readString(dir.resolve("logs/access.log"))).contains("GET /health HTTP 200");
    }
}
