package dev.clio.engine.workflow;

import com.networknt.schema.JsonSchema;
import dev.clio.engine.workflow.Diagnostic.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Validates any JSON or YAML artifact against one JSON schema (draft-07 unless the schema declares another), with the
 * same loading limits and positioned diagnostics as the workflow validator. Thread-safe and reusable.
 */
public final class ArtifactValidator {

    private final JsonSchema schema;
    private final YamlLoader loader;
    private final ValidatorOptions options;

    private ArtifactValidator(JsonSchema schema, ValidatorOptions options) {
        this.schema = schema;
        this.options = options;
        this.loader = new YamlLoader(options);
    }

    /** Against the shipped diagnostics-artifact schema. */
    public static ArtifactValidator diagnostics(ValidatorOptions options) {
        return new ArtifactValidator(WorkflowSchemas.diagnosticsSchema(), options);
    }

    /**
     * Against a schema file (JSON or YAML). Blocks on file IO.
     *
     * @throws IOException when the schema cannot be read
     * @throws IllegalArgumentException with a one-line reason when it is not a usable schema
     */
    public static ArtifactValidator forSchemaFile(Path schemaFile, ValidatorOptions options) throws IOException {
        byte[] content = readCapped(schemaFile, options.maxBytes());
        YamlLoader.Outcome loaded = new YamlLoader(options).load(schemaFile.toString(), content);
        Optional<Diagnostic> error = loaded.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).findFirst();
        if (error.isPresent() || loaded.document().isEmpty()) {
            String why = error.map(Diagnostic::toLine).orElse(schemaFile + ": not readable");
            throw new IllegalArgumentException("the schema cannot be read: " + why);
        }
        if (!loaded.document().get().root().isObject()) {
            throw new IllegalArgumentException("the schema " + schemaFile + " is not a JSON object");
        }
        try {
            return new ArtifactValidator(WorkflowSchemas.compile(loaded.document().get().root()), options);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the schema " + schemaFile + " is not a valid JSON schema: "
                    + e.getMessage(), e);
        }
    }

    /** Reads (at most {@code maxBytes + 1} bytes of) a file and validates it. Blocks on file IO. */
    public ValidationResult validate(Path file) throws IOException {
        return validate(file.toString(), readCapped(file, options.maxBytes()));
    }

    public ValidationResult validate(String fileLabel, byte[] content) {
        Findings findings = new Findings(fileLabel);
        try {
            YamlDocument document = loader.load(content, findings);
            if (document != null) {
                findings.attach(document);
                SchemaCheck.check(schema, document, findings);
            }
        } catch (RuntimeException | StackOverflowError e) {
            findings.at(SourceRange.START, Severity.ERROR, "internal", "",
                    "the validator failed on this document (" + e + "); please report it");
        }
        return new ValidationResult(fileLabel, Optional.empty(), List.copyOf(findings.sorted()));
    }

    private static byte[] readCapped(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(maxBytes + 1);
        }
    }
}
