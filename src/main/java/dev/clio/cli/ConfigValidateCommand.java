package dev.clio.cli;

import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the configuration; exit code 1 when it has errors (warnings alone pass).")
final class ConfigValidateCommand extends OpsCommand {

    @Override
    int run(Operations ops, Output out) {
        List<Resources.ConfigFinding> findings = ops.validateConfig();
        long errors = findings.stream().filter(f -> "error".equals(f.severity())).count();
        if (out.json()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("valid", errors == 0);
            body.put("findings", findings);
            out.printJson(body);
        } else if (findings.isEmpty()) {
            out.out().println("Config OK: no errors, no warnings");
        } else {
            out.out().printf("%s: %d error(s), %d warning(s)%n%n", errors == 0 ? "Config OK" : "Config errors",
                    errors, findings.size() - errors);
            TextTable table = new TextTable("severity", "key", "message");
            findings.forEach(f -> table.row(f.severity(), f.key() == null || f.key().isBlank() ? "-" : f.key(),
                    f.message()));
            table.print(out.out());
        }
        return errors == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
}
