package dev.clio.cli;

import dev.clio.config.Settings;
import dev.clio.config.SettingsException;
import dev.clio.config.SettingsLoader;
import dev.clio.engine.run.Execution;
import dev.clio.engine.run.ExecutionStatus;
import dev.clio.engine.run.RunOptions;
import dev.clio.engine.workflow.ValidationResult;
import dev.clio.engine.workflow.Workflow;
import dev.clio.engine.workflow.WorkflowValidator;
import dev.clio.store.StoreException;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.Workspaces;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, description = {
    "Validate a workflow and execute its steps, or plan them with --dry-run.",
    "Exit status: 0 succeeded, 1 the workflow failed, is invalid, or was cancelled, 2 usage or I/O error."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow YAML file (also looked up in the"
            + " workspace and its .ai/workflows).")
    Path file;

    @Option(names = "--dry-run", description = "Execute nothing; print the order, groups, routing and tokens.")
    boolean dryRun;

    @Option(names = "--files", paramLabel = "GLOB", description = "File pattern(s) for inputs.files (repeatable).")
    List<String> files = new ArrayList<>();

    @Option(names = "--lane", paramLabel = "BRANCH", description = "Value of inputs.lane.")
    String lane;

    @Option(names = "--max-tokens", paramLabel = "N", description = "Token budget; overrides policy.max_tokens and"
            + " max_tokens_default (0: no limit).")
    Long maxTokens;

    @Option(names = "--input", paramLabel = "KEY=VALUE", description = "Set an input (repeatable).")
    Map<String, String> inputs = new LinkedHashMap<>();

    @Option(names = "--parallel", paramLabel = "N", description = "Steps that may run at once (default: cores).")
    Integer parallel;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: the current"
            + " directory if it is one, else the demo workspace).")
    Path workspaceDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        checkNumbers();
        PrintWriter err = spec.commandLine().getErr();
        Workspace workspace;
        Settings settings;
        try {
            workspace = Workspaces.resolve(Path.of("").toAbsolutePath(), workspaceDir);
            settings = SettingsLoader.forWorkspace(workspace).load();
        } catch (IOException | SettingsException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
        Path workflowFile = locate(workspace);
        if (workflowFile == null) {
            err.println("error: workflow file not found: " + file + " (looked in the current directory, "
                    + workspace.root() + " and " + workspace.workflows() + ")");
            return ExitCodes.USAGE_OR_IO;
        }
        ValidationResult validation;
        try {
            validation = WorkflowValidator.standard().validate(workflowFile);
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
        validation.diagnostics().forEach(d -> err.println(d.toLine()));
        if (validation.hasErrors() || validation.workflow().isEmpty()) {
            err.println("error: " + file + " is not valid; fix the errors above and run it again");
            return ExitCodes.PROBLEMS;
        }
        return execute(validation.workflow().get(), workspace, settings);
    }

    private void checkNumbers() {
        if (parallel != null && parallel < 1) {
            throw new ParameterException(spec.commandLine(), "--parallel must be at least 1, got " + parallel);
        }
        if (maxTokens != null && maxTokens < 0) {
            throw new ParameterException(spec.commandLine(), "--max-tokens must be 0 or more, got " + maxTokens);
        }
    }

    private Path locate(Workspace workspace) {
        for (Path candidate : List.of(file.toAbsolutePath(), workspace.root().resolve(file),
                workspace.workflows().resolve(file))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private int execute(Workflow workflow, Workspace workspace, Settings settings) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (RunSession session = RunSession.open(workspace, settings);
                ProgressPrinter progress = new ProgressPrinter(WriterStream.of(out), ProgressPrinter.isTerminal())) {
            if (session.interrupted > 0) {
                err.println("note: " + session.interrupted + " execution(s) of a process that died are now marked"
                        + " interrupted");
            }
            RunOptions.Builder options = options(workspace, settings).store(session.store)
                    .listener(session.logListener);
            if (!dryRun) {
                options.listener(progress);
            }
            Execution execution = session.runner.start(workflow, options.build());
            if (dryRun) {
                PlanPrinter.print(execution.plan().orElseThrow(), out);
                return execution.status() == ExecutionStatus.SUCCEEDED ? ExitCodes.OK : ExitCodes.PROBLEMS;
            }
            return follow(execution, err);
        } catch (StoreException e) {
            err.println("error: cannot open the execution store: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.PROBLEMS;
        }
    }

    /** Waits for the end, asking what to do on a pause; Ctrl-C cancels the execution and its processes. */
    private static int follow(Execution execution, PrintWriter err) throws InterruptedException {
        Thread onExit = new Thread(() -> cancelAndWait(execution), "run-cancel-on-exit");
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            PauseHandler pauses = PauseHandler.forConsole(ProgressPrinter.isTerminal() ? System.console() : null, err);
            ExecutionStatus status;
            while (!(status = execution.await(Duration.ofMinutes(1))).isFinal()) {
                if (status == ExecutionStatus.PAUSED && !pauses.handle(execution)) {
                    execution.completion().join();
                }
            }
            return status == ExecutionStatus.SUCCEEDED ? ExitCodes.OK : ExitCodes.PROBLEMS;
        } finally {
            removeHook(onExit);
        }
    }

    private static void cancelAndWait(Execution execution) {
        execution.cancel();
        try {
            execution.await(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run; nothing to undo
        }
    }

    private RunOptions.Builder options(Workspace workspace, Settings settings) {
        Map<String, Object> values = new LinkedHashMap<>(inputs);
        if (!files.isEmpty()) {
            values.put("files", files.size() == 1 ? files.get(0) : List.copyOf(files));
        }
        if (lane != null) {
            values.put("lane", lane);
        }
        RunOptions.Builder options = RunOptions.builder(workspace).workflowFile(file.toString()).inputs(values)
                .maxTokens(maxTokens).dryRun(dryRun).settings(RunSession.runSettings(settings));
        if (settings.user() != null && !settings.user().isBlank()) {
            options.userId(settings.user());
        }
        return parallel == null ? options : options.parallelism(parallel);
    }
}
