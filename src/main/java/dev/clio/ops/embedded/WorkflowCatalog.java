package dev.clio.ops.embedded;

import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.ValidationResult;
import dev.clio.engine.workflow.WorkflowValidator;
import dev.clio.ops.OpsException;
import dev.clio.ops.Workflows;
import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workflows of a workspace: listing, verification with the one validator, and the strict resolution of a
 * client-given file name to a file inside the workspace (no {@code ..}, no absolute path, no symbolic link out).
 */
final class WorkflowCatalog {

    private static final int MAX_NAME = 512;

    private final Workspace workspace;
    private final WorkflowValidator validator = WorkflowValidator.standard();

    WorkflowCatalog(Workspace workspace) {
        this.workspace = workspace;
    }

    /** {@code .ai/workflows/*.yaml} and {@code *.yml}, by name, each validated. Blocks on reading every file. */
    List<Workflows.Summary> list() {
        List<Workflows.Summary> out = new ArrayList<>();
        if (!Files.isDirectory(workspace.workflows(), LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (Stream<Path> files = Files.list(workspace.workflows())) {
            for (Path file : files.filter(WorkflowCatalog::isYaml).sorted().toList()) {
                out.add(summary(file));
            }
        } catch (IOException e) {
            throw OpsException.unavailable("cannot list " + workspace.workflows() + ": " + e.getMessage());
        }
        return out;
    }

    private Workflows.Summary summary(Path file) {
        String name = relative(file);
        ValidationResult result = validateFile(file);
        int errors = (int) result.count(Diagnostic.Severity.ERROR);
        int warnings = (int) result.count(Diagnostic.Severity.WARNING);
        return new Workflows.Summary(name, result.workflow().map(w -> w.name()).orElse(file.getFileName().toString()),
                result.workflow().map(w -> w.steps().size()).orElse(0), !result.hasErrors(), errors, warnings);
    }

    Workflows.Verification verify(String file) {
        Path path = resolve(file);
        ValidationResult result = validateFile(path);
        return new Workflows.Verification(relative(path), !result.hasErrors(), result.diagnostics());
    }

    Workflows.Source source(String file) {
        Path path = resolve(file);
        try {
            byte[] content;
            try (var in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                content = in.readNBytes(validator.options().maxBytes() + 1);
            }
            if (content.length > validator.options().maxBytes()) {
                throw OpsException.invalid(relative(path) + " is larger than " + validator.options().maxBytes()
                        + " bytes, the most a workflow may have");
            }
            return new Workflows.Source(relative(path), new String(content, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw OpsException.unavailable("cannot read " + relative(path) + ": " + e.getMessage());
        }
    }

    /** Validates, then writes atomically; see {@code Operations#saveWorkflow}. */
    Workflows.Verification save(String file, String text) {
        if (text == null) {
            throw OpsException.invalid("text: required, the workflow's YAML");
        }
        Path target = WorkflowTargets.forSave(workspace, file);
        String name = relative(target);
        ValidationResult result = validator.validate(name, text);
        if (result.hasErrors()) {
            List<String> first = result.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                    .limit(3).map(Diagnostic::toLine).toList();
            throw OpsException.invalid("not saved: " + name + " has " + result.count(Diagnostic.Severity.ERROR)
                    + " error(s); fix them first: " + String.join("; ", first));
        }
        try {
            WorkflowTargets.writeAtomically(target, text);
        } catch (IOException e) {
            throw OpsException.unavailable("cannot write " + name + ": " + e.getMessage());
        }
        return new Workflows.Verification(name, true, result.diagnostics());
    }

    /** Validates a resolved file; the diagnostics name it workspace-relative. */
    ValidationResult validateFile(Path path) {
        try {
            byte[] content;
            try (var in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                content = in.readNBytes(validator.options().maxBytes() + 1);
            }
            return validator.validate(relative(path), content);
        } catch (IOException e) {
            throw OpsException.unavailable("cannot read " + relative(path) + ": " + e.getMessage());
        }
    }

    /**
     * A workflow file named relative to {@code .ai/workflows} or to the workspace root.
     *
     * @throws OpsException INVALID_REQUEST for a name that leaves the workspace, NOT_FOUND for a missing file
     */
    Path resolve(String file) {
        if (file == null || file.isBlank() || file.length() > MAX_NAME
                || file.chars().anyMatch(Character::isISOControl)) {
            throw OpsException.invalid("workflow_file: required, at most " + MAX_NAME + " printable characters, e.g."
                    + " .ai/workflows/HELLO.yaml");
        }
        Path asGiven = Path.of(file.replace('\\', '/'));
        if (asGiven.isAbsolute() || hasDotDot(asGiven)) {
            throw OpsException.invalid("workflow_file: '" + file + "' must be a relative path inside the workspace,"
                    + " without '..'");
        }
        for (Path candidate : List.of(workspace.workflows().resolve(asGiven).normalize(),
                workspace.root().resolve(asGiven).normalize())) {
            if (candidate.startsWith(workspace.root()) && Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return inside(candidate, file);
            }
        }
        throw OpsException.notFound("workflow file not found: " + file + " (looked in " + workspace.workflows()
                + " and " + workspace.root() + ")");
    }

    private Path inside(Path candidate, String file) {
        try {
            Path real = candidate.toRealPath();
            if (!real.startsWith(workspace.root().toRealPath()) || !Files.isRegularFile(real)) {
                throw OpsException.invalid("workflow_file: '" + file + "' is not a regular file inside the workspace"
                        + " (symbolic links out of it are refused)");
            }
            return real;
        } catch (IOException e) {
            throw OpsException.notFound("workflow file not found: " + file + " (" + e.getMessage() + ")");
        }
    }

    String relative(Path file) {
        Path root = workspace.root();
        try {
            root = file.startsWith(root) ? root : root.toRealPath();
        } catch (IOException e) {
            // keep the lexical root
        }
        return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
    }

    private static boolean hasDotDot(Path path) {
        for (Path part : path) {
            if (part.toString().equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return (n.endsWith(".yaml") || n.endsWith(".yml")) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }
}
