package dev.clio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.Diagnostic.Severity;
import dev.clio.engine.workflow.ValidationResult;
import java.io.PrintWriter;
import java.util.List;

/** Prints verify results: actionlint-style lines plus a summary, or one JSON object. */
final class VerifyReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<ValidationResult> results;

    VerifyReport(List<ValidationResult> results) {
        this.results = List.copyOf(results);
    }

    long errors() {
        return results.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
    }

    long warnings() {
        return results.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
    }

    void printText(PrintWriter out) {
        results.forEach(r -> r.diagnostics().forEach(d -> out.println(d.toLine())));
        out.println(summary());
        out.flush();
    }

    void printJson(PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("files", results.size());
        root.put("errors", errors());
        root.put("warnings", warnings());
        root.put("summary", summary());
        ArrayNode list = root.putArray("diagnostics");
        results.forEach(r -> r.diagnostics().forEach(d -> list.add(toJson(d))));
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    String summary() {
        return plural(results.size(), "file") + " checked: " + plural(errors(), "error") + ", "
                + plural(warnings(), "warning");
    }

    private static ObjectNode toJson(Diagnostic d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", d.file());
        n.put("line", d.line());
        n.put("column", d.column());
        n.put("endLine", d.endLine());
        n.put("endColumn", d.endColumn());
        n.put("severity", d.severity().label());
        n.put("rule", d.rule());
        n.put("pointer", d.pointer());
        n.put("path", d.path());
        n.put("message", d.message());
        return n;
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
