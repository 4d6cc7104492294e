package dev.clio.runbook;

import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.Diagnostic.Severity;
import dev.clio.engine.workflow.Findings;
import dev.clio.engine.workflow.SchemaCheck;
import dev.clio.engine.workflow.SourceRange;
import dev.clio.engine.workflow.ValidatorOptions;
import dev.clio.engine.workflow.YamlDocument;
import dev.clio.engine.workflow.YamlLoader;
import dev.clio.kpi.KpiCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads and validates one runbook file with the workflow validator's machinery (positions, limits, the schema check,
 * "did you mean"): every problem is a {@link Diagnostic} at file:line:col, never an exception. Thread-safe.
 */
public final class RunbookLoader {

    /** Runbooks are short; anything bigger than this is a mistake or an attack. */
    public static final int MAX_BYTES = 256 * 1024;

    private final YamlLoader yaml = new YamlLoader(ValidatorOptions.defaults().withMaxBytes(MAX_BYTES));
    private final KpiCatalog kpis;

    public RunbookLoader(KpiCatalog kpis) {
        this.kpis = kpis;
    }

    /** With the jar's KPI and alert ids. */
    public static RunbookLoader standard() {
        return new RunbookLoader(KpiCatalog.defaults());
    }

    /** One load: the runbook when the file has no errors, and every finding. */
    public record Result(String file, Optional<Runbook> runbook, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean valid() {
            return runbook.isPresent();
        }

        public List<Diagnostic> errors() {
            return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        }
    }

    /** Reads at most {@link #MAX_BYTES} + 1 bytes of a user file. Blocks on file IO. */
    public Result load(Path file, String source) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(file.toString(), in.readNBytes(MAX_BYTES + 1), source);
        }
    }

    public Result load(String fileLabel, String text, String source) {
        return load(fileLabel, text.getBytes(StandardCharsets.UTF_8), source);
    }

    public Result load(String fileLabel, byte[] content, String source) {
        Findings findings = new Findings(fileLabel);
        Optional<Runbook> runbook = Optional.empty();
        if (onlyComments(content)) {
            findings.at(SourceRange.START, Severity.ERROR, "empty", "", "the file has no content (only comments?): a "
                    + "runbook needs at least id, title, severity and steps");
            return new Result(fileLabel, Optional.empty(), findings.sorted());
        }
        try {
            YamlDocument document = yaml.load(content, findings);
            if (document != null) {
                runbook = check(document, findings, fileLabel, source);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in a rule must not hide the other findings or reach the user as a stack trace.
            findings.at(SourceRange.START, Severity.ERROR, "internal", "",
                    "the runbook loader failed on this document (" + e + "); please report it");
        }
        return new Result(fileLabel, findings.hasErrors() ? Optional.empty() : runbook, findings.sorted());
    }

    private static boolean onlyComments(byte[] content) {
        if (content.length > MAX_BYTES) {
            return false; // the loader reports the size
        }
        return new String(content, StandardCharsets.UTF_8).lines().map(String::strip)
                .allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---"));
    }

    private Optional<Runbook> check(YamlDocument document, Findings findings, String file, String source) {
        findings.attach(document);
        if (!document.root().isObject()) {
            findings.error("", "not-a-runbook", "a runbook must be a mapping with id, title, severity and steps");
            return Optional.empty();
        }
        SchemaCheck.check(RunbookSchema.compiled(), document, findings);
        if (findings.hasErrors()) {
            // The semantic rules read the shape the schema guarantees; fix the shape first.
            return Optional.empty();
        }
        RunbookDocument doc = new RunbookDocument(document, findings, kpis);
        ParamRules.check(doc);
        StepRules.check(doc);
        VerdictRules.check(doc);
        if (findings.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(RunbookModel.build(document.root(), doc.paths(), source, file));
    }
}
