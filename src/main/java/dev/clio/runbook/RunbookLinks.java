package dev.clio.runbook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The other runbooks a runbook links to with {@code next: runbook:ID}. */
public final class RunbookLinks {

    public static final String PREFIX = "runbook:";

    private RunbookLinks() {
    }

    public static List<String> targets(Runbook runbook) {
        Set<String> out = new LinkedHashSet<>();
        for (RunbookStep s : runbook.steps()) {
            add(out, s.next());
            s.verdict().forEach(r -> add(out, r.outcome().next()));
            if (s.otherwise() != null) {
                add(out, s.otherwise().next());
            }
        }
        return List.copyOf(out);
    }

    private static void add(Set<String> out, String next) {
        if (next != null && next.startsWith(PREFIX)) {
            out.add(next.substring(PREFIX.length()));
        }
    }
}
