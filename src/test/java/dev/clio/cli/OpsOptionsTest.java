package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsOptionsTest {

    @TempDir
    Path temp;
    OpsCli cli;

    @BeforeEach
    void workspace() throws Exception {
        cli = OpsCli.create(temp);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        cli.close();
    }

    @Test
    void anUnsetKeyVariableIsOneClearLine() {
        OpsCli.Result run = cli.raw("health", "--connection", "http://127.0.0.1:9", "--api-key-env", "CLIO_KEY");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("error: environment variable CLIO_KEY is not set; export it with the API key");
    }

    @Test
    void aKeyInsteadOfAVariableNameIsRefusedWithoutEchoingIt() {
        OpsCli.Result run = cli.raw("health", "--connection", "http://127.0.0.1:9", "--api-key-env",
                "clio_abc-def.ghi");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).startsWith("error: --api-key-env takes the NAME of an environment variable")
                .doesNotContain("clio_abc-def.ghi");
    }

    @Test
    void anUnreadableCaCertificateIsOneLine() {
        cli.env.put("CLIO_KEY", "clio_whatever");
        OpsCli.Result run = cli.raw("health", "--connection", "https://127.0.0.1:9", "--api-key-env", "CLIO_KEY",
                "--ca-cert", temp.resolve("missing.pem").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().strip()).isEqualTo("error: --ca-cert " + temp.resolve("missing.pem")
                + " is not a readable file");
    }

    @Test
    void workspaceAndConnectionExcludeEachOther() {
        OpsCli.Result run = cli.run("health", "--connection", "http://127.0.0.1:9");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).startsWith("error: use either --workspace or --connection, not both");
    }

    @Test
    void remoteOnlyOptionsNeedAConnection() {
        assertThat(cli.run("info", "--api-key-env", "X").err()).startsWith("error: --api-key-env needs --connection");
        assertThat(cli.run("info", "--ca-cert", "ca.pem").err()).startsWith("error: --ca-cert needs --connection");
    }

    @Test
    void aMalformedUrlIsAUsageError() {
        OpsCli.Result run = cli.raw("health", "--connection", "ftp://x");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).startsWith("error: --connection 'ftp://x' is not an http(s) URL");
    }

    @Test
    void aMissingWorkspaceSaysHowToCreateIt() {
        OpsCli.Result run = cli.raw("health", "--workspace", temp.resolve("nope").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().strip()).isEqualTo("error: workspace " + temp.resolve("nope") + " is not a directory; "
                + "create it with 'cli-orchestrator init " + temp.resolve("nope") + "'");
    }

    @Test
    void anUnreachableServerIsOnePlainLine() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        cli.env.put("CLIO_KEY", "clio_whatever");
        OpsCli.Result run = cli.raw("info", "--connection", "http://127.0.0.1:" + port, "--api-key-env", "CLIO_KEY");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith("error: ")
                .contains("127.0.0.1:" + port).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theFormatIsCaseInsensitiveAndAnUnknownOneIsAUsageError() {
        assertThat(cli.run("info", "--format", "JSON").out()).startsWith("{");
        OpsCli.Result bad = cli.run("info", "--format", "yaml");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(bad.err()).contains("--format").contains("text, json");
    }
}
