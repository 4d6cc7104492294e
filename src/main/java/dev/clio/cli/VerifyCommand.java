package dev.clio.cli;

import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.workflow.ArtifactValidator;
import dev.clio.engine.workflow.ValidationResult;
import dev.clio.engine.workflow.ValidatorOptions;
import dev.clio.engine.workflow.WorkflowValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = {
    "Validate workflows (or, with --schema, any JSON/YAML artifact) and print positioned diagnostics.",
    "Directories are searched recursively for *.yaml and *.yml files.",
    "Exit status: 0 no errors, 1 errors found, 2 usage or I/O error."})
final class VerifyCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Workflow files or directories.")
    List<Path> targets;

    @Option(names = "--schema", paramLabel = "PATH",
            description = "Validate the files against this JSON schema (JSON or YAML) instead of as workflows.")
    Path schema;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--strict", description = "Report a 'when' that reads an undeclared input as an error.")
    boolean strict;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ValidatorOptions.DEFAULT_MAX_BYTES,
            description = "Largest file accepted, in bytes (default: ${DEFAULT-VALUE}).")
    int maxBytes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (maxBytes < 1) {
            return usageError("--max-bytes must be a positive number of bytes");
        }
        ValidatorOptions options = ValidatorOptions.defaults().withMaxBytes(maxBytes)
                .withUndeclaredInputsAreErrors(strict);
        List<Path> files;
        Checker checker;
        try {
            files = VerifyTargets.expand(targets);
            checker = checker(options);
        } catch (NoSuchFileException e) {
            return usageError("no such file or directory: " + e.getFile());
        } catch (IOException | IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        List<ValidationResult> results = new ArrayList<>();
        for (Path file : files) {
            try {
                results.add(checker.check(file));
            } catch (IOException e) {
                return usageError("cannot read " + file + ": " + e.getMessage());
            }
        }
        VerifyReport report = new VerifyReport(results);
        if (format == Format.json) {
            report.printJson(spec.commandLine().getOut());
        } else {
            report.printText(spec.commandLine().getOut());
        }
        return report.errors() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    private Checker checker(ValidatorOptions options) throws IOException {
        if (schema != null) {
            if (!Files.isRegularFile(schema)) {
                throw new NoSuchFileException(schema.toString());
            }
            ArtifactValidator artifacts = ArtifactValidator.forSchemaFile(schema, options);
            return artifacts::validate;
        }
        WorkflowValidator workflows = new WorkflowValidator(BuiltinAdapterSpecs.catalog(), options);
        return workflows::validate;
    }

    private int usageError(String message) {
        spec.commandLine().getErr().println("error: " + message);
        return ExitCodes.USAGE_OR_IO;
    }

    /** One file in, one result out. */
    @FunctionalInterface
    private interface Checker {
        ValidationResult check(Path file) throws IOException;
    }
}
