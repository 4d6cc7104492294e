package dev.clio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.clio.ops.OpsJson;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command prints: the answer on stdout (text or the records as JSON), plans and problems on stderr. */
final class Output {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    Output(CommandSpec spec, boolean json) {
        this.out = spec.commandLine().getOut();
        this.err = spec.commandLine().getErr();
        this.json = json;
    }

    boolean json() {
        return json;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** Prints a record, list or map as indented JSON with the shared Operations mapping (snake_case, ISO times). */
    void printJson(Object value) {
        try {
            out.println(OpsJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints one value as a single JSON line, for streams (one object per line, as jq reads them). */
    void printJsonLine(Object value) {
        try {
            out.println(OpsJson.mapper().writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
