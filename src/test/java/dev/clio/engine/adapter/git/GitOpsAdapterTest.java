package dev.clio.engine.adapter.git;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.GitRepo;
import dev.clio.engine.adapter.Steps;
import dev.clio.engine.adapter.TestStepContext;
import dev.clio.engine.adapter.tools.ToolBox;
import dev.clio.engine.adapter.tools.ToolProbe;
import dev.clio.engine.adapter.verify.VerifierAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class GitOpsAdapterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    private GitRepo repo;
    private final GitOpsAdapter gitOps = new GitOpsAdapter(ToolBox.system().probe("git"));

    @BeforeEach
    void repository() throws Exception {
        repo = GitRepo.init(workspace).write("src/app.py", "print('hi')\n").commitAll("initial");
    }

    private AdapterResult run(Map<String, Object> with, String... emits) throws InterruptedException {
        return gitOps.execute(Steps.request("git_ops", with, List.of(), List.of(emits)),
                new TestStepContext(workspace, CLOCK));
    }

    private JsonNode json(String path) throws Exception {
        return new ObjectMapper().readTree(workspace.resolve(path).toFile());
    }

    @Test
    void gitIsAvailableWithItsVersion() {
        assertThat(gitOps.availability().available()).isTrue();
        assertThat(gitOps.availability().version()).matches("\\d+\\.\\d+.*");
    }

    @Test
    void statusListsChangesInATimestampedArtifact() throws Exception {
        repo.write("notes.txt", "new\n").write("src/app.py", "print('changed')\n");
        AdapterResult r = run(Map.of(), "artifacts/status.json");
        assertThat(r.success()).as(r.error()).isTrue();
        JsonNode status = json("artifacts/status.json");
        assertThat(status.get("type").asText()).isEqualTo("git.status");
        assertThat(status.get("timestamp").asText()).isEqualTo("2026-03-04T05:06:07Z");
        assertThat(status.get("branch").asText()).isEqualTo("main");
        assertThat(status.get("clean").asBoolean()).isFalse();
        assertThat(status.get("changes").findValuesAsText("path")).containsExactlyInAnyOrder("notes.txt",
                "src/app.py");
    }

    @Test
    void createBranchSwitchesToTheNamedOrADatedBranch() throws Exception {
        AdapterResult named = run(Map.of("operation", "create_branch", "branch", "lane/quality/auto-fixes"),
                "artifacts/branch.json");
        assertThat(named.success()).as(named.error()).isTrue();
        assertThat(repo.git("branch", "--show-current")).isEqualTo("lane/quality/auto-fixes");
        assertThat(json("artifacts/branch.json").get("type").asText()).isEqualTo("git.branch");
        assertThat(json("artifacts/branch.json").get("base").asText()).isEqualTo("main");
        assertThat(run(Map.of("operation", "create_branch")).success()).isTrue();
        assertThat(repo.git("branch", "--show-current")).isEqualTo("feature/ai-auto-20260304050607");
        assertThat(run(Map.of("operation", "create_branch", "name", "bad..name")).error())
                .isEqualTo("'bad..name' is not a valid git branch name");
        assertThat(run(Map.of("operation", "create_branch", "name", "main")).error())
                .startsWith("git checkout failed: a branch named 'main' already exists");
    }

    @Test
    void commitAddsAndCommitsWithTheTemplateSummary() throws Exception {
        repo.write("src/app.py", "print('fixed')\n");
        AdapterResult r = run(Map.of("operation", "commit",
                "commit_message_template", "fix: auto triage & repair\n\n{summary}"), "artifacts/commit.json");
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(repo.git("log", "-1", "--format=%B")).isEqualTo(
                "fix: auto triage & repair\n\n1 file changed, 1 insertion(+), 1 deletion(-)");
        JsonNode commit = json("artifacts/commit.json");
        assertThat(commit.get("type").asText()).isEqualTo("git.commit");
        assertThat(commit.get("commit").asText()).isEqualTo(repo.git("rev-parse", "HEAD"));
        assertThat(commit.get("files")).hasSize(1);
        assertThat(commit.get("files").get(0).asText()).isEqualTo("src/app.py");
        AdapterResult nothing = run(Map.of("operation", "commit", "message", "again"));
        assertThat(nothing.success()).isTrue();
        assertThat(nothing.metadata()).containsEntry("committed", false);
    }

    @Test
    void commitAddsOnlyTheListedPaths() throws Exception {
        repo.write("a.txt", "a\n").write("b.txt", "b\n");
        AdapterResult r = run(Map.of("message", "add a", "add", List.of("a.txt")));
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(repo.git("show", "--name-only", "--format=", "HEAD")).isEqualTo("a.txt");
        assertThat(repo.git("status", "--porcelain")).isEqualTo("?? b.txt");
    }

    @Test
    void diffWritesARawDiffTheVerifierCanMeasure() throws Exception {
        repo.write("src/app.py", "print('one')\nprint('two')\n");
        AdapterResult r = run(Map.of("operation", "diff"), "artifacts/changes.diff", "artifacts/diff.json");
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(Files.readString(workspace.resolve("artifacts/changes.diff")))
                .startsWith("diff --git a/src/app.py b/src/app.py").contains("+print('two')");
        assertThat(json("artifacts/diff.json").get("type").asText()).isEqualTo("git.diff");
        assertThat(json("artifacts/diff.json").get("files").get(0).asText()).isEqualTo("src/app.py");
        AdapterResult gate = new VerifierAdapter().execute(Steps.request("verifier", Map.of("checks",
                List.of(Map.of("type", "diff_limits", "from", "artifacts/changes.diff", "max_insertions", 1)))),
                new TestStepContext(workspace));
        assertThat(gate.error()).contains("2 insertions > max_insertions 1");
    }

    @Test
    void gitHubOperationsFailHonestly() throws Exception {
        assertThat(run(Map.of("operation", "open_pr")).error())
                .isEqualTo("operation open_pr needs GitHub access, which this version does not provide");
        assertThat(run(Map.of("branch", "x", "commit_message_template", "m", "create_pr", true)).error())
                .isEqualTo("operation open_pr needs GitHub access, which this version does not provide");
        assertThat(run(Map.of("operation", "push_everything")).error())
                .isEqualTo("unknown git_ops operation: push_everything (supported: status, create_branch, commit, "
                        + "diff)");
    }

    @Test
    void outsideARepositoryItSaysSo(@TempDir Path plain) throws Exception {
        AdapterResult r = gitOps.execute(Steps.request("git_ops", Map.of()), new TestStepContext(plain));
        assertThat(r.error()).isEqualTo("the workspace is not a git repository (run 'git init' in it first)");
    }

    @Test
    void withoutGitOnPathItIsUnavailable() {
        GitOpsAdapter noGit = new GitOpsAdapter(ToolProbe.single("git", Map.of("PATH", "/nonexistent")));
        assertThat(noGit.availability().available()).isFalse();
        assertThat(noGit.availability().reason()).isEqualTo("git not found on PATH");
    }
}
