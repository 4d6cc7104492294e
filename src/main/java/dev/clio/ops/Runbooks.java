package dev.clio.ops;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records of runbook runs: one step's result, the run history and the remote command-step request. */
public final class Runbooks {

    private Runbooks() {
    }

    /**
     * How a result is shown: a table (columns and rows) or text.
     *
     * @param kind table | text | none
     */
    public record Display(String kind, List<String> columns, List<List<String>> rows, String text) {
        public Display {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public static Display none() {
            return new Display("none", List.of(), List.of(), "");
        }

        public static Display text(String text) {
            return new Display("text", List.of(), List.of(), text);
        }
    }

    /**
     * A short, checkable fingerprint of a result: its first and last lines and the SHA-256 of its full text.
     *
     * @param lines how many lines the full text has
     */
    public record Digest(List<String> first, List<String> last, int lines, String sha256) {
        public Digest {
            first = List.copyOf(first);
            last = List.copyOf(last);
        }
    }

    /**
     * What running one step produced.
     *
     * @param kind investigation | remediation | manual | command
     * @param status ok | failed | refused | skipped
     * @param verdict pass | warn | fail | none
     * @param next the suggested next step id (or runbook:ID), or null
     * @param operation the Operation id the step called (or runbooks.command), null for a manual step
     * @param params the resolved parameters, secrets replaced by [REDACTED]
     */
    public record StepResult(String runbookId, String stepId, String kind, String status, String verdict,
            String summary, String next, String operation, Display display, Digest digest, long durationMs,
            Map<String, String> params) {
        public StepResult {
            params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        public boolean ok() {
            return "ok".equals(status);
        }
    }

    /**
     * One entry of the run history (also in the audit log). The server stamps {@code id}, {@code at},
     * {@code operator} and {@code role} itself; a client's values for them are ignored.
     *
     * @param confirmation the text the operator typed or the way they confirmed (--yes), null for investigations
     * @param target the connection the step ran against (embedded or the server URL)
     * @param secretParams names of parameters that were redacted and must be asked again on a re-run
     */
    public record RunRecord(String id, Instant at, String operator, String role, String runbookId, String stepId,
            String kind, String status, String verdict, String summary, Map<String, String> params,
            List<String> secretParams, String confirmation, String target, String environment, Digest digest,
            long durationMs) {
        public RunRecord {
            params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
            secretParams = secretParams == null ? List.of() : List.copyOf(secretParams);
        }
    }

    /**
     * One user runbook file of the answering side's workspace ({@code .ai/runbooks/}), as text: a remote client loads
     * it with its own loader, so its diagnostics are the same as on the server.
     *
     * @param file the file name, e.g. {@code disk-full.yaml}
     */
    public record Source(String file, String text) {
    }

    /**
     * Asks the server to run a command step of ITS OWN catalog: the client names the runbook, the step and the
     * parameters, never the argv.
     *
     * @param confirmation the text the operator confirmed with; required unless the step is read-only
     */
    public record CommandRequest(String runbookId, String stepId, Map<String, String> params, String confirmation) {
        public CommandRequest {
            params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }
    }
}
