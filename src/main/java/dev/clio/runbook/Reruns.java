package dev.clio.runbook;

import dev.clio.ops.OpsException;
import dev.clio.ops.Runbooks;
import dev.clio.security.Redactor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Re-running a recorded run: the same step and parameters, with the secret ones given again (never stored). */
public final class Reruns {

    private Reruns() {
    }

    /** The run with this id (or unique id prefix) among {@code runs}. */
    public static Runbooks.RunRecord find(List<Runbooks.RunRecord> runs, String idOrPrefix) {
        List<Runbooks.RunRecord> hits = runs.stream().filter(r -> r.id().startsWith(idOrPrefix)).toList();
        if (hits.size() != 1) {
            throw OpsException.invalid(hits.isEmpty() ? "no recent run '" + idOrPrefix + "'; see: cli-orchestrator "
                    + "runbook history" : "'" + idOrPrefix + "' names " + hits.size() + " runs; give more of the id");
        }
        return hits.get(0);
    }

    /**
     * The recorded parameters with {@code given} on top; every parameter that was redacted must be given again.
     *
     * @throws OpsException INVALID_REQUEST naming the secret parameters still missing
     */
    public static Map<String, String> params(Runbooks.RunRecord run, Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        run.params().forEach((k, v) -> {
            if (!Redactor.REDACTED.equals(v)) {
                out.put(k, v);
            }
        });
        out.putAll(given);
        List<String> missing = run.params().entrySet().stream().filter(e -> Redactor.REDACTED.equals(e.getValue()))
                .map(Map.Entry::getKey).filter(k -> !given.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw OpsException.invalid("the run kept no value for the secret parameter(s) " + String.join(", ",
                    missing) + "; give them again with --param NAME=VALUE");
        }
        return out;
    }
}
