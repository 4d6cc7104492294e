package dev.clio.runbook;

import com.networknt.schema.JsonSchema;
import dev.clio.engine.workflow.WorkflowSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The runbook format's JSON schema ({@code dev/clio/runbooks/runbook.schema.json}), compiled once. */
public final class RunbookSchema {

    static final String RESOURCE = "/dev/clio/runbooks/runbook.schema.json";

    private RunbookSchema() {
    }

    public static String text() {
        return Holder.TEXT;
    }

    static JsonSchema compiled() {
        return Holder.SCHEMA;
    }

    private static String read() {
        try (InputStream in = RunbookSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final String TEXT = read();
        static final JsonSchema SCHEMA = WorkflowSchemas.compile(TEXT);
    }
}
