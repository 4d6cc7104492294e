package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code console --connection NAME}: checked before any window opens; a saved connection has its own label. */
class ConsoleConnectionOptionTest {

    @TempDir
    Path temp;
    OpsCli cli;

    @BeforeEach
    void create() throws Exception {
        cli = OpsCli.create(temp);
        cli.env.put("CLI_ORCHESTRATOR_CONFIG_DIR", temp.resolve("config").toString());
    }

    @AfterEach
    void close() {
        cli.close();
    }

    @Test
    void aSavedConnectionKeepsItsEnvironmentLabel() {
        OpsCli.Result add = cli.raw("connections", "add", "prod-eu", "--url", "https://ops.example.com:8443",
                "--environment", "production", "--no-key");
        assertThat(add.code()).as(add.err()).isZero();
        OpsCli.Result console = cli.raw("console", "--connection", "prod-eu", "--environment", "staging");
        assertThat(console.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(console.err()).isEqualTo("error: the saved connection 'prod-eu' is labelled production; "
                + "--environment applies only to --workspace and URL connections (change the label in the connection "
                + "manager, Ctrl+K)\n");
    }

    @Test
    void anUnknownNameIsASentenceNotAWindow() {
        OpsCli.Result console = cli.raw("console", "--connection", "nosuch");
        assertThat(console.code()).isNotZero();
        assertThat(console.err()).startsWith("error: ").contains("nosuch").doesNotContain("Exception");
    }
}
