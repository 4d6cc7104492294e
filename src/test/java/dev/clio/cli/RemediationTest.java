package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.ops.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three paths of every remediation: --yes, an interactive answer, and no terminal at all. */
class RemediationTest {

    @TempDir
    Path temp;
    OpsCli cli;
    Path tmp;
    Path empty;
    Path kept;

    @BeforeEach
    void corruptArtifacts() throws Exception {
        cli = OpsCli.create(temp);
        tmp = Files.writeString(cli.ws.artifacts().resolve("half-written.json.tmp"), "{\"a\":");
        empty = Files.writeString(cli.ws.artifacts().resolve("empty.json"), "");
        kept = Files.writeString(cli.ws.artifacts().resolve("diagnostics.json"), "{}");
    }

    @AfterEach
    void close() {
        cli.close();
    }

    private List<String> audited(String prefix) {
        return cli.local().audit(new Resources.AuditQuery(Instant.EPOCH, null, prefix, null, 100)).stream()
                .map(e -> e.action() + (Boolean.TRUE.equals(e.parameters().get("dry_run")) ? " (dry run)" : ""))
                .toList();
    }

    @Test
    void withoutATerminalOrYesNothingIsRemovedAndTheRefusalSaysWhatIsNeeded() {
        OpsCli.Result run = cli.run("artifacts", "clean");
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err()).contains("refused: artifacts.clean needs --yes or an interactive confirmation");
        assertThat(run.out()).isEmpty();
        assertThat(tmp).exists();
        assertThat(empty).exists();
        assertThat(cli.confirmer.prompts).isEmpty();
        assertThat(audited("artifacts.")).containsExactly("artifacts.clean (dry run)");
    }

    @Test
    void thePlanNamesEveryFileTheTargetAndTheEnvironment() {
        OpsCli.Result run = cli.run("artifacts", "clean");
        assertThat(run.err()).startsWith("artifacts.clean will run:")
                .contains("remove 2 file(s), 5 B:").contains("artifacts/half-written.json.tmp")
                .contains("artifacts/empty.json").doesNotContain("diagnostics.json")
                .contains("target:      workspace " + cli.ws.root())
                .contains("environment: development");
    }

    @Test
    void yesRunsWithoutAsking() {
        OpsCli.Result run = cli.run("artifacts", "clean", "--yes");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Removed 2 file(s), 5 B:");
        assertThat(audited("artifacts.")).containsExactly("artifacts.clean", "artifacts.clean (dry run)");
        assertThat(tmp).doesNotExist();
        assertThat(empty).doesNotExist();
        assertThat(kept).exists();
        assertThat(cli.confirmer.prompts).isEmpty();
    }

    @Test
    void anInteractiveYesRunsAndAnythingElseRefuses() {
        cli.confirmer.interactive = true;
        cli.confirmer.answers.add("no");
        OpsCli.Result no = cli.run("artifacts", "clean");
        assertThat(no.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(no.err()).contains("refused: artifacts.clean was not confirmed; nothing was changed");
        assertThat(tmp).exists();
        assertThat(cli.confirmer.prompts).containsExactly("Type 'yes' to continue: ");
        OpsCli.Result eof = cli.run("artifacts", "clean");
        assertThat(eof.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(tmp).exists();
        cli.confirmer.answers.add(" YES ");
        OpsCli.Result yes = cli.run("artifacts", "clean");
        assertThat(yes.code()).isZero();
        assertThat(tmp).doesNotExist();
    }

    @Test
    void aDryRunNeedsNoConfirmationAndRemovesNothing() throws Exception {
        OpsCli.Result run = cli.run("artifacts", "clean", "--dry-run");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Would remove 2 file(s)");
        assertThat(run.err()).isEmpty();
        assertThat(tmp).exists();
        assertThat(OpsCommandsTest.json(cli.run("artifacts", "clean", "--dry-run", "--format", "json"))
                .get("dry_run").asBoolean()).isTrue();
    }

    @Test
    void nothingToCleanAsksNothing() throws Exception {
        Files.delete(tmp);
        Files.delete(empty);
        OpsCli.Result run = cli.run("artifacts", "clean");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Nothing to clean");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void configSetShowsTheChangeAndIsRefusedWithoutConfirmation() throws Exception {
        OpsCli.Result refused = cli.run("config", "set", "port", "9090");
        assertThat(refused.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(refused.err()).contains("set port = 9090 (now 8080, from default)")
                .contains("refused: config.set needs --yes");
        assertThat(cli.run("config", "show").out()).containsPattern("\\nport\\s+8080\\s+default");
        OpsCli.Result done = cli.run("config", "set", "port", "9090", "--yes");
        assertThat(done.code()).isZero();
        assertThat(done.out()).startsWith("ok: config.set: port set in " + cli.ws.config());
        assertThat(cli.run("config", "show").out()).containsPattern("\\nport\\s+9090\\s+file");
        assertThat(Files.readString(cli.ws.config().resolve("orchestrator.yaml"))).contains("9090");
    }

    @Test
    void aSecretIsNeverEchoedInThePlan() {
        OpsCli.Result run = cli.run("config", "set", "jwt_secret", "new-jwt-secret-value");
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err()).contains("set jwt_secret = ********").doesNotContain("new-jwt-secret-value");
    }

    @Test
    void anUnknownSettingIsOneErrorLine() {
        OpsCli.Result run = cli.run("config", "set", "nope", "1", "--yes");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).contains("set nope = 1 (not a listed setting)");
        assertThat(run.err().lines().reduce((a, b) -> b).orElseThrow()).startsWith("error: unknown key 'nope'");
    }

    @Test
    void databaseMaintenanceAndGcFollowTheSameRule() {
        for (String[] args : new String[][] {{"db", "vacuum"}, {"db", "create-indexes"}, {"system", "--gc"}}) {
            OpsCli.Result refused = cli.run(args);
            assertThat(refused.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.PROBLEMS);
            assertThat(refused.err()).contains("needs --yes or an interactive confirmation");
        }
        assertThat(audited("db.")).isEmpty();
        assertThat(audited("system.")).isEmpty();
        assertThat(cli.run("db", "vacuum", "-y").out()).startsWith("ok: db.vacuum");
        assertThat(cli.run("db", "create-indexes", "--yes").out()).startsWith("ok: db.create-indexes");
        OpsCli.Result gc = cli.run("system", "--gc", "--yes");
        assertThat(gc.out()).startsWith("ok: system.gc: heap in use").contains("Memory:");
        assertThat(audited("db.")).containsExactly("db.create-indexes", "db.vacuum");
        assertThat(audited("system.")).containsExactly("system.gc");
    }

    @Test
    void jsonOutputStaysCleanWhileThePlanGoesToStderr() throws Exception {
        OpsCli.Result run = cli.run("artifacts", "clean", "--yes", "--format", "json");
        assertThat(run.err()).contains("artifacts.clean will run:");
        assertThat(dev.clio.ops.OpsJson.mapper().readTree(run.out()).get("removed")).hasSize(2);
    }
}
