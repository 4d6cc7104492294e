package dev.clio.engine.workflow;

import dev.clio.engine.adapter.AdapterCatalog;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.workflow.Diagnostic.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The one workflow validator: the CLI's {@code verify}, the runner, the API and the editor all call it, so they
 * agree on every document. Final, thread-safe and reusable; it never throws for bad input and never hangs (input is
 * capped in size, aliases and nesting before it is parsed).
 */
public final class WorkflowValidator {

    private final AdapterCatalog catalog;
    private final ValidatorOptions options;
    private final YamlLoader loader;

    public WorkflowValidator(AdapterCatalog catalog, ValidatorOptions options) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.options = Objects.requireNonNull(options, "options");
        this.loader = new YamlLoader(options);
    }

    /** The built-in adapter catalog with default limits. */
    public static WorkflowValidator standard() {
        return new WorkflowValidator(BuiltinAdapterSpecs.catalog(), ValidatorOptions.defaults());
    }

    public ValidatorOptions options() {
        return options;
    }

    /**
     * Reads (at most {@code maxBytes + 1} bytes of) a file and validates it. Blocks on file IO.
     *
     * @throws IOException when the file cannot be read (missing, a directory, no permission)
     */
    public ValidationResult validate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(options.maxBytes() + 1);
            return validate(file.toString(), content);
        }
    }

    public ValidationResult validate(String fileLabel, String text) {
        return validate(fileLabel, text.getBytes(StandardCharsets.UTF_8));
    }

    public ValidationResult validate(String fileLabel, byte[] content) {
        Findings findings = new Findings(fileLabel);
        Optional<Workflow> workflow = Optional.empty();
        try {
            YamlDocument document = loader.load(content, findings);
            if (document != null) {
                workflow = check(document, findings);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in a rule must not hide the other findings or reach the user as a stack trace.
            findings.at(SourceRange.START, Severity.ERROR, "internal", "",
                    "the validator failed on this document (" + e + "); please report it");
        }
        return new ValidationResult(fileLabel, workflow, findings.sorted());
    }

    private Optional<Workflow> check(YamlDocument document, Findings findings) {
        findings.attach(document);
        if (!document.root().isObject()) {
            findings.error("", "not-a-workflow", "a workflow must be a mapping with 'name' and 'steps', found "
                    + kind(document));
            return Optional.empty();
        }
        SchemaCheck.check(WorkflowSchemas.workflowSchema(), document, findings);
        WorkflowDocument doc = new WorkflowDocument(document, catalog, options, findings);
        StepRules.check(doc);
        DependencyRules.check(doc);
        WhenRules.check(doc);
        TemplateRules.check(doc);
        PathRules.check(doc);
        BudgetRules.check(doc);
        return WorkflowModel.build(document.root());
    }

    private static String kind(YamlDocument document) {
        var root = document.root();
        return root.isArray() ? "a list" : root.isNull() ? "an empty document" : "a single value '" + root.asText()
                + "'";
    }
}
