package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;

/**
 * Command steps: a literal program that is not a shell, each parameter reference a whole argument after {@code --}
 * (so no value can become an option), and limits within bounds.
 */
final class CommandRules {

    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "ksh", "fish", "csh", "tcsh",
            "cmd", "cmd.exe", "powershell", "pwsh", "env", "xargs", "eval");

    private CommandRules() {
    }

    static void check(RunbookDocument doc, String at, JsonNode step) {
        JsonNode argv = step.path("argv");
        String program = argv.path(0).asText();
        if (!doc.references(at + "/argv/0", program).isEmpty()) {
            doc.error(at + "/argv/0", "program-from-param", "the program must be written out, not taken from a "
                    + "parameter");
        } else if (SHELLS.contains(Path.of(program).getFileName().toString())) {
            doc.error(at + "/argv/0", "shell-program", "'" + program + "' runs a shell or another program; a "
                    + "command step names the program itself (argv is never a shell string)");
        }
        boolean afterSeparator = false;
        for (int i = 1; i < argv.size(); i++) {
            String arg = argv.get(i).asText();
            String p = at + "/argv/" + i;
            if (arg.equals("--")) {
                afterSeparator = true;
                continue;
            }
            var refs = doc.references(p, arg);
            if (refs.isEmpty()) {
                continue;
            }
            if (!RunbookDocument.isWholeReference(arg)) {
                doc.error(p, "partial-reference", "a parameter must be a whole argument ('${params.x}'), not part of "
                        + "'" + arg + "'");
            }
            if (!afterSeparator) {
                doc.error(p, "operand-before-separator", "put '--' before the first argument taken from a parameter,"
                        + " so a value can never be read as an option");
            }
            refs.forEach(name -> CallRules.paramType(doc, p, name));
        }
        if (step.has("timeout")) {
            var t = dev.clio.ops.Durations.parse("timeout", step.get("timeout").asText());
            if (t.compareTo(CommandSpec.MAX_TIMEOUT) > 0) {
                doc.error(at + "/timeout", "timeout-too-long", "the timeout may be at most 10m");
            }
        }
        if (step.has("output_limit") && Sizes.parse(step.get("output_limit").asText()) > CommandSpec.MAX_OUTPUT_LIMIT) {
            doc.error(at + "/output_limit", "output-limit-too-large", "the output limit may be at most 4MiB");
        }
    }
}
