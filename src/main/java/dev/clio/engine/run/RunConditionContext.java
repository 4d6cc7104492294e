package dev.clio.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.engine.expr.ConditionContext;
import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@code when} sees: a snapshot of the execution taken just before its step would start, plus the workspace
 * as it is at that moment.
 */
final class RunConditionContext implements ConditionContext {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final Map<String, Object> inputs;
    private final Map<String, StepStatus> finished;
    private final boolean allPreviousSucceeded;

    RunConditionContext(Workspace workspace, Map<String, Object> inputs, Map<String, StepStatus> finished,
            boolean allPreviousSucceeded) {
        this.workspace = workspace;
        this.inputs = inputs;
        this.finished = finished;
        this.allPreviousSucceeded = allPreviousSucceeded;
    }

    @Override
    public Optional<Object> input(String name) {
        return Optional.ofNullable(inputs.get(name));
    }

    @Override
    public Optional<StepOutcome> stepOutcome(String stepId) {
        StepStatus status = finished.get(stepId);
        if (status == null) {
            return Optional.empty();
        }
        return Optional.of(switch (status) {
            case SUCCEEDED -> StepOutcome.SUCCEEDED;
            case FAILED -> StepOutcome.FAILED;
            case SKIPPED -> StepOutcome.SKIPPED;
            case CANCELLED -> StepOutcome.CANCELLED;
            case PENDING, RUNNING -> throw new IllegalStateException("not finished: " + stepId);
        });
    }

    @Override
    public boolean allPreviousStepsSucceeded() {
        return allPreviousSucceeded;
    }

    @Override
    public boolean exists(String path) {
        Path target = workspace.resolveInside(path);
        return target != null && Files.exists(target);
    }

    /**
     * Counts {@code issues[]} (any severity), filtered by {@code kind} when kinds are given; without an
     * {@code issues} array, {@code summary.total_issues > 0} decides. Unreadable JSON is an error, not "no errors".
     */
    @Override
    public boolean hasErrors(String path, List<String> kinds) {
        Path target = workspace.resolveInside(path);
        if (target == null) {
            throw new IllegalArgumentException("has_errors: path escapes the workspace: " + path);
        }
        if (!Files.isRegularFile(target)) {
            return false;
        }
        JsonNode root = read(target, path);
        JsonNode issues = root.path("issues");
        if (issues.isArray()) {
            for (JsonNode issue : issues) {
                if (kinds.isEmpty() || kinds.contains(issue.path("kind").asText(null))) {
                    return true;
                }
            }
            return false;
        }
        return kinds.isEmpty() && root.path("summary").path("total_issues").asLong(0) > 0;
    }

    private static JsonNode read(Path target, String path) {
        try {
            return JSON.readTree(target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("has_errors: " + path + " is not a readable diagnostics artifact: "
                    + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
