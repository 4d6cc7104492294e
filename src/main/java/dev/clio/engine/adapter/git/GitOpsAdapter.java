package dev.clio.engine.adapter.git;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.Availability;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.adapter.builtin.Artifacts;
import dev.clio.engine.adapter.builtin.Params;
import dev.clio.engine.adapter.process.ProcessRunner;
import dev.clio.engine.adapter.tools.ToolProbe;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Local git operations through the git binary: {@code status} (default), {@code create_branch}, {@code commit},
 * {@code diff}. Each writes a JSON artifact {@code {timestamp, type: git.<kind>, …}} to every {@code emits} path (a
 * {@code .diff}/{@code .patch} path receives the raw diff). GitHub operations fail with an honest reason.
 */
public final class GitOpsAdapter implements Adapter {

    private static final AdapterSpec SPEC = BuiltinAdapterSpecs.get("git_ops");
    private static final Set<String> GITHUB_OPERATIONS = Set.of("open_pr", "label", "assign", "repo_analysis",
            "create_issue", "get_issues", "pr_review", "release_info", "list_workflows", "bulk_label", "bulk_merge",
            "create_release", "commit_analysis", "create_coordination_branches", "setup_merge_queue",
            "execute_merge_queue");

    private final ToolProbe git;

    public GitOpsAdapter(ToolProbe git) {
        this.git = git;
    }

    @Override
    public AdapterSpec spec() {
        return SPEC;
    }

    @Override
    public Availability availability() {
        return git.availability();
    }


    /** Blocks while git runs (at most 30 s per git command); an interrupt kills git. */
    @Override
    public AdapterResult execute(StepRequest request, StepContext context) throws InterruptedException {
        Params with = new Params(request.with());
        try {
            String operation = operation(with);
            if (GITHUB_OPERATIONS.contains(operation)) {
                return AdapterResult.failed("operation " + operation
                        + " needs GitHub access, which this version does not provide");
            }
            if (!Set.of("status", "create_branch", "commit", "diff").contains(operation)) {
                return AdapterResult.failed("unknown git_ops operation: " + operation
                        + " (supported: status, create_branch, commit, diff)");
            }
            if (git.command().isEmpty()) {
                return AdapterResult.failed("adapter not available: git_ops (" + git.availability().reason() + ")");
            }
            GitCommand command = new GitCommand(git.command().get(), new ProcessRunner(context.workspace()));
            command.requireRepository();
            return run(operation, with, new GitOperations(command, context.clock()), request, context);
        } catch (IOException | IllegalArgumentException e) {
            return AdapterResult.failed(e.getMessage());
        }
    }

    private static String operation(Params with) {
        String operation = with.string("operation").map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse(null);
        if (operation != null) {
            return operation;
        }
        if (with.flag("create_pr", false)) {
            return "open_pr";
        }
        return with.has("message") || with.has("commit_message_template") ? "commit" : "status";
    }

    private static AdapterResult run(String operation, Params with, GitOperations ops, StepRequest request,
            StepContext context) throws IOException, InterruptedException {
        Map<String, Object> payload = switch (operation) {
            case "create_branch" -> ops.createBranch(with);
            case "commit" -> ops.commit(with);
            case "diff" -> ops.diff(with);
            default -> ops.status();
        };
        String kind = operation.equals("create_branch") ? "branch" : operation;
        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("timestamp", Artifacts.timestamp(context));
        artifact.put("type", "git." + kind);
        artifact.putAll(payload);
        List<String> written = new ArrayList<>();
        for (String emit : request.step().emits()) {
            boolean rawDiff = kind.equals("diff") && (emit.endsWith(".diff") || emit.endsWith(".patch"));
            written.add(rawDiff ? Artifacts.writeText(context, emit, (String) payload.get("diff"))
                    : Artifacts.writeJson(context, emit, artifact));
        }
        Map<String, Object> metadata = new LinkedHashMap<>(payload);
        metadata.remove("diff");
        metadata.put("operation", operation);
        String output = kind.equals("diff") ? (String) payload.get("diff") : Artifacts.JSON.writeValueAsString(payload);
        return new AdapterResult(true, 0, written, output, null, metadata);
    }
}
