package dev.clio.engine.workflow;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON schemas this project ships: the workflow format and the diagnostics artifact. The texts are what
 * {@code init} writes to {@code .ai/schemas/}; the compiled forms are built once and shared (thread-safe).
 */
public final class WorkflowSchemas {

    private static final String WORKFLOW = "/dev/clio/schemas/workflow.schema.json";
    private static final String DIAGNOSTICS = "/dev/clio/schemas/diagnostics.schema.json";
    private static final JsonSchemaFactory FACTORY = factory();

    private WorkflowSchemas() {
    }

    public static String workflowSchemaText() {
        return Texts.WORKFLOW_TEXT;
    }

    public static String diagnosticsSchemaText() {
        return Texts.DIAGNOSTICS_TEXT;
    }

    static JsonSchema workflowSchema() {
        return Compiled.WORKFLOW_SCHEMA;
    }

    static JsonSchema diagnosticsSchema() {
        return Compiled.DIAGNOSTICS_SCHEMA;
    }

    /**
     * Compiles a user-supplied draft-07 (or {@code $schema}-declared) schema.
     *
     * @throws IllegalArgumentException when the text is not a usable schema
     */
    public static JsonSchema compile(String schemaText) {
        try {
            JsonSchema schema = FACTORY.getSchema(schemaText, config());
            schema.initializeValidators();
            return schema;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /**
     * Compiles a schema already loaded as a tree (from JSON or YAML), after checking it against its meta-schema
     * ({@code $schema}, draft-07 when absent) so that a typo such as {@code "type": "objekt"} is reported.
     */
    static JsonSchema compile(com.fasterxml.jackson.databind.JsonNode schemaTree) {
        String meta = schemaTree.path("$schema").asText(SpecVersion.VersionFlag.V7.getId());
        try {
            var problems = FACTORY.getSchema(SchemaLocation.of(meta), config()).validate(schemaTree);
            if (!problems.isEmpty()) {
                var first = problems.iterator().next();
                String at = first.getInstanceLocation().toString();
                throw new IllegalArgumentException((at.isEmpty() ? "" : at + ": ") + first.getError());
            }
        } catch (com.networknt.schema.JsonSchemaException e) {
            throw new IllegalArgumentException("unknown $schema " + meta, e);
        }
        try {
            JsonSchema schema = FACTORY.getSchema(schemaTree, config());
            schema.initializeValidators();
            return schema;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /** Meta-schemas are bundled; refusing http(s) loads keeps a user's {@code $ref} from reaching the network. */
    private static JsonSchemaFactory factory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                b -> b.defaultMetaSchemaIri(SpecVersion.VersionFlag.V7.getId())
                        .schemaLoaders(loaders -> loaders.values(list -> list.add(0,
                                new AllowSchemaLoader(iri -> !iri.toString().startsWith("http"))))));
    }

    private static SchemaValidatorsConfig config() {
        return SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
    }

    private static String resource(String name) {
        try (InputStream in = WorkflowSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holder: read on first use. */
    private static final class Texts {
        static final String WORKFLOW_TEXT = resource(WORKFLOW);
        static final String DIAGNOSTICS_TEXT = resource(DIAGNOSTICS);
    }

    /** Holder: compiled on first use, once per JVM. */
    private static final class Compiled {
        static final JsonSchema WORKFLOW_SCHEMA = compile(Texts.WORKFLOW_TEXT);
        static final JsonSchema DIAGNOSTICS_SCHEMA = compile(Texts.DIAGNOSTICS_TEXT);
    }
}
