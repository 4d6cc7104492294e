package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.security.Caller;
import dev.clio.security.CreatedKey;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.server.ServerBootstrap;
import dev.clio.workspace.WorkspaceInitializer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} over the real embedded engine of a workspace, on a free loopback port. */
class EmbeddedBackendTest {

    @TempDir
    Path dir;

    @AfterEach
    void uninstall() {
        ServerBootstrap.install(null);
    }

    @Test
    void serveAnswersFromTheWorkspacesEngineAndRecordsTheCallerOfARemediation() throws Exception {
        Path ws = dir.resolve("ws");
        WorkspaceInitializer.initialize(ws);
        String secret;
        try (SecurityGate gate = SecurityGate.open(ws.resolve("security"))) {
            CreatedKey key = gate.keys().create(Role.OPERATOR, Duration.ofDays(1), "test", Caller.local("tester"));
            secret = key.secret();
        }
        Files.writeString(ws.resolve("artifacts/junk.tmp"), "x");
        EmbeddedBackend.install();
        CommandLine cli = RootCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> code.set(cli.execute("serve", "--port", "0", "--workspace", ws.toString())));
        serving.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> out.toString().contains("serving http://"));
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)").matcher(out.toString());
            assertThat(m.find()).isTrue();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(m.group() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("workflow_schemas").contains("artifacts_directory");
            HttpResponse<String> clean = http.send(HttpRequest.newBuilder(URI.create(m.group()
                    + "/api/v1/artifacts/clean")).header("X-API-Key", secret).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(clean.statusCode()).isEqualTo(200);
            assertThat(clean.body()).contains("artifacts/junk.tmp");
            assertThat(ws.resolve("artifacts/junk.tmp")).doesNotExist();
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertThat(code.get()).as(err.toString()).isEqualTo(ExitCodes.OK);
        String audit = Files.readString(ws.resolve("security/audit.jsonl"));
        assertThat(audit.lines().filter(l -> l.contains("\"artifacts.clean\""))).singleElement()
                .satisfies(l -> assertThat(l).contains("\"actor\":\"key:clio_"));
    }
}
