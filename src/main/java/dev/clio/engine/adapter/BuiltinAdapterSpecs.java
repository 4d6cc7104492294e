package dev.clio.engine.adapter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names and {@code with} parameters of the built-in adapters: those of the original orchestrator plus {@code shell},
 * {@code ruff_checker} and {@code mypy_checker}. The single source of these facts; adapter implementations take their
 * spec from here.
 */
public final class BuiltinAdapterSpecs implements AdapterCatalog {

    private static final BuiltinAdapterSpecs INSTANCE = new BuiltinAdapterSpecs();

    private final Map<String, AdapterSpec> specs = new LinkedHashMap<>();

    private BuiltinAdapterSpecs() {
        det("shell", "Runs a program (argv list, never through a shell) inside the workspace",
                p("argv", "array", "program and arguments, one list item each"),
                p("cwd", "string", "working directory, relative to the workspace"),
                p("env", "object", "extra environment variables (names must be on the allowlist)"),
                p("timeout_seconds", "integer", "kill the process tree after this many seconds"),
                p("output", "string", "artifact path for captured stdout/stderr"),
                p("max_output_bytes", "integer", "cap on captured output"),
                p("files", "any", "file patterns, for templates"));
        det("verifier", "Checks quality gates: tests_pass, diff_limits, schema_valid, token_budget",
                p("checks", "array", "gates to check"), p("gates", "array", "gates to check (alias of checks)"),
                p("artifacts_dir", "string", "where gate files are looked up"),
                p("artifact", "string", "artifact to verify against a schema"), p("schema", "string", "schema path"));
        det("git_ops", "Git operations through the git binary: status, create_branch, commit, diff",
                p("operation", "string", "status | create_branch | commit | diff | open_pr | …"),
                p("branch", "string", "branch name"), p("name", "string", "branch name for create_branch"),
                p("message", "string", "commit message"), p("add", "array", "paths to add before commit"),
                p("commit_message_template", "string", "commit message template"),
                p("create_pr", "boolean", "open a pull request"), p("title", "string", "PR or issue title"),
                p("body", "string", "PR or issue body"), p("base", "string", "PR base branch"),
                p("head", "string", "PR head branch"), p("labels", "array", "labels"),
                p("assignees", "array", "assignees"), p("repo", "string", "owner/name"),
                p("pr_number", "any", "pull request number"), p("issue_title", "string", "issue title"),
                p("issue_body", "string", "issue body"), p("state", "string", "open | closed | all"),
                p("tag", "string", "release tag"), p("real", "boolean", "really open the PR"),
                p("files", "any", "paths for diff or add"));
        det("code_fixers", "Runs ruff --fix, black and isort on the files",
                p("tools", "array", "ruff, black, isort"), p("files", "any", "file patterns"),
                p("fix", "boolean", "apply fixes (default true)"));
        det("vscode_diagnostics", "Collects diagnostics from ruff, mypy, pylint, eslint",
                p("analyzers", "array", "python, ruff, mypy, pylint, eslint"), p("files", "any", "file patterns"),
                p("min_severity", "string", "info | warning | error"));
        det("ruff_checker", "Lints Python with ruff", p("files", "any", "file patterns"),
                p("select", "array", "rule codes"), p("parallel", "boolean", "lint files in parallel"),
                p("args", "array", "extra arguments"));
        det("mypy_checker", "Type-checks Python with mypy", p("files", "any", "file patterns"),
                p("strict", "boolean", "mypy --strict"), p("args", "array", "extra arguments"));
        det("pytest_runner", "Runs pytest and writes a test report",
                p("path", "string", "tests directory"), p("test_path", "string", "tests directory (alias of path)"),
                p("coverage", "boolean", "measure coverage"), p("coverage_threshold", "number", "minimum coverage %"),
                p("args", "array", "extra pytest arguments"), p("include_slow", "boolean", "include slow tests"));
        det("cost_estimator", "Estimates the token cost of a workflow", p("workflow", "string", "workflow file"),
                p("output", "string", "artifact path"));
        ai("ai_editor", "code_fixers", "Edits code with an AI model (Anthropic or OpenAI-compatible API)",
                p("tool", "string", "aider | claude | gemini | anthropic | openai"),
                p("strategy", "string", "minimal-diff | refactor | comprehensive"),
                p("context", "object", "extra context for the prompt"), p("prompt", "string", "the instruction"),
                p("model", "string", "model name"), p("max_tokens", "integer", "completion token limit"),
                p("operation", "string", "edit | refactor | fix | optimize | document | test"),
                p("files", "any", "file patterns"), p("provider", "string", "anthropic | openai"));
        ai("ai_analyst", "vscode_diagnostics", "Analyses code with an AI model",
                p("analysis_type", "string", "code_review | architecture_analysis | refactor_planning | test_planning"),
                p("model", "string", "model name"), p("focus_areas", "array", "quality, bugs, performance, …"),
                p("detail_level", "string", "low | medium | high"), p("files", "any", "file patterns"),
                p("prompt", "string", "the instruction"), p("max_tokens", "integer", "completion token limit"),
                p("provider", "string", "anthropic | openai"), p("context", "object", "extra context"));
        open("github_integration", "GitHub REST analyses and automation (needs GITHUB_TOKEN)");
        for (String name : List.of("contract_validator", "state_capture", "backup_manager", "bundle_loader",
                "enhanced_bundle_applier", "syntax_validator", "import_resolver", "type_checker", "security_scanner",
                "certificate_generator", "tool_vcs", "tool_containers", "tool_editor", "tool_js_runtime",
                "tool_ai_cli", "tool_python_quality", "tool_precommit")) {
            open(name, "Pipeline adapter " + name + " of the original orchestrator");
        }
    }

    public static BuiltinAdapterSpecs catalog() {
        return INSTANCE;
    }

    /** The spec of a built-in adapter; throws for a name that is not built in (a programming error). */
    public static AdapterSpec get(String name) {
        return INSTANCE.spec(name).orElseThrow(() -> new IllegalArgumentException("not a built-in adapter: " + name));
    }

    @Override
    public Optional<AdapterSpec> spec(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    @Override
    public Collection<AdapterSpec> specs() {
        return List.copyOf(specs.values());
    }

    private static ParamSpec p(String name, String type, String description) {
        return new ParamSpec(name, type, description);
    }

    private void det(String name, String description, ParamSpec... params) {
        specs.put(name, new AdapterSpec(name, AdapterType.DETERMINISTIC, description, List.of(params), null, false));
    }

    private void ai(String name, String alternative, String description, ParamSpec... params) {
        specs.put(name, new AdapterSpec(name, AdapterType.AI, description, List.of(params), alternative, false));
    }

    private void open(String name, String description) {
        specs.put(name, new AdapterSpec(name, AdapterType.DETERMINISTIC, description, new ArrayList<>(), null, true));
    }
}
