package dev.clio.cli;

import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.runbook.Runbook;
import dev.clio.runbook.RunbookParam;
import dev.clio.runbook.RunbookStep;
import dev.clio.runbook.VerdictRule;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code runbook show ID}: symptoms, parameters and every step with the exact call it makes and how it is read. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "A runbook's symptoms, parameters and steps.")
final class RunbookShowCommand extends OpsCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "Runbook id, e.g. high-memory-usage.")
    String id;

    @Override
    int run(Operations ops, Output out) {
        Runbook r = find(RunbookCommand.catalog(options, ops), id);
        if (out.json()) {
            Map<String, Object> m = RunbookListCommand.entry(r);
            m.put("symptoms", r.symptoms());
            m.put("params", r.params());
            m.put("steps", r.steps().stream().map(RunbookShowCommand::step).toList());
            out.printJson(m);
            return ExitCodes.OK;
        }
        PrintWriter w = out.out();
        w.println(r.title() + " (" + r.id() + ", " + r.severity().label() + (r.responseTime() == null ? ""
                : ", respond within " + dev.clio.ops.Durations.format(r.responseTime())) + ")");
        r.symptoms().forEach(s -> w.println("  symptom: " + s));
        for (RunbookParam p : r.params().values()) {
            w.println("  param " + p.name() + " (" + p.type().label() + (p.defaultValue() == null ? ", required"
                    : ", default " + (p.secret() ? "[REDACTED]" : p.defaultValue())) + ")"
                    + (p.description().isEmpty() ? "" : ": " + p.description()));
        }
        int n = 1;
        for (RunbookStep s : r.steps()) {
            w.println((n++) + ". " + s.id() + " [" + s.kind().label() + (s.dangerous() ? ", dangerous" : "") + "] "
                    + s.title());
            if (!s.why().isEmpty()) {
                w.println("     why:   " + s.why());
            }
            w.println("     runs:  " + runs(s));
            s.verdict().forEach(v -> w.println("     when " + rule(v) + " -> " + v.outcome().status().label()
                    + (v.outcome().next() == null ? "" : ", next " + v.outcome().next())));
            if (!s.effect().isEmpty()) {
                w.println("     effect: " + s.effect());
            }
        }
        return ExitCodes.OK;
    }

    static Runbook find(dev.clio.runbook.RunbookCatalog catalog, String id) {
        var snapshot = catalog.snapshot();
        var ids = snapshot.runbooks().stream().map(Runbook::id).toList();
        // a typo, or the start of a longer id ("high-memory" for high-memory-usage)
        var hint = dev.clio.engine.workflow.Suggestions.closest(id, ids)
                .or(() -> ids.stream().filter(i -> i.startsWith(id)).findFirst());
        return snapshot.runbook(id).orElseThrow(() -> OpsException.invalid("no runbook '" + id + "'; "
                + hint.map(s -> "did you mean '" + s + "'? ").orElse("") + "see: cli-orchestrator runbook list"));
    }

    static String runs(RunbookStep s) {
        return switch (s.kind()) {
            case MANUAL -> "by hand: " + s.instructions();
            case COMMAND -> String.join(" ", s.command().argv()) + " (in " + s.command().cwd() + ", timeout "
                    + dev.clio.ops.Durations.format(s.command().timeout()) + ")";
            default -> s.call() + (s.with().isEmpty() ? "" : " " + s.with());
        };
    }

    private static String rule(VerdictRule v) {
        return v.value().text() + (v.op() == null ? "" : " " + v.op().symbol() + " " + v.than().asText());
    }

    private static Map<String, Object> step(RunbookStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("kind", s.kind().label());
        m.put("remediation", s.isRemediation());
        m.put("dangerous", s.dangerous());
        m.put("runs", runs(s));
        m.put("call", s.call());
        m.put("with", s.with());
        m.put("next", s.next());
        m.put("effect", s.effect());
        return m;
    }
}
