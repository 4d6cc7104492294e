package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void withoutATerminalOrYesNothingIsRemovedAndTheRefusalSaysWhatIsNeeded() {
        OpsCli.Result run = cli.run("artifacts", "clean");
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err()).contains("refused: artifacts.clean needs --yes or an interactive confirmation");
        assertThat(run.out()).isEmpty();
        assertThat(tmp).exists();
        assertThat(empty).exists();
        assertThat(cli.confirmer.prompts).isEmpty();
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
    void configSetShowsTheChangeAndIsRefusedWithoutConfirmation() {
        OpsCli.Result refused = cli.run("config", "set", "port", "9090");
        assertThat(refused.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(refused.err()).contains("set port = 9090 (now 8080, from default)")
                .contains("refused: config.set needs --yes");
        assertThat(cli.run("config", "show").out()).containsPattern("port\\s+8080");
        OpsCli.Result done = cli.run("config", "set", "port", "9090", "--yes");
        assertThat(done.code()).isZero();
        assertThat(done.out()).startsWith("ok: config.set: port = 9090");
        assertThat(cli.run("config", "show").out()).containsPattern("port\\s+9090");
    }

    @Test
    void aSecretIsNeverEchoedInThePlan() {
        OpsCli.Result run = cli.run("config", "set", "api_key", "sk-new-secret");
        assertThat(run.err()).contains("set api_key = ********").doesNotContain("sk-new-secret")
                .doesNotContain("sk-very-secret");
    }

    @Test
    void anUnknownSettingIsOneErrorLine() {
        OpsCli.Result run = cli.run("config", "set", "nope", "1", "--yes");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("error: unknown setting 'nope'");
    }

    @Test
    void databaseMaintenanceAndGcFollowTheSameRule() {
        for (String[] args : new String[][] {{"db", "vacuum"}, {"db", "create-indexes"}, {"system", "--gc"}}) {
            OpsCli.Result refused = cli.run(args);
            assertThat(refused.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.PROBLEMS);
            assertThat(refused.err()).contains("needs --yes or an interactive confirmation");
        }
        assertThat(cli.embedded.audit).isEmpty();
        assertThat(cli.run("db", "vacuum", "-y").out()).startsWith("ok: db.vacuum");
        assertThat(cli.run("db", "create-indexes", "--yes").out()).startsWith("ok: db.create-indexes");
        OpsCli.Result gc = cli.run("system", "--gc", "--yes");
        assertThat(gc.out()).startsWith("ok: system.gc").contains("Memory:");
        assertThat(cli.embedded.audit).extracting(e -> e.action())
                .containsExactly("system.gc", "db.create-indexes", "db.vacuum");
    }

    @Test
    void jsonOutputStaysCleanWhileThePlanGoesToStderr() throws Exception {
        OpsCli.Result run = cli.run("artifacts", "clean", "--yes", "--format", "json");
        assertThat(run.err()).contains("artifacts.clean will run:");
        assertThat(dev.clio.ops.OpsJson.mapper().readTree(run.out()).get("removed")).hasSize(2);
    }
}
