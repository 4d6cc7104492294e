package dev.clio.cli;

import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code system}: "High Memory Usage" and "High Response Time": memory, CPU, disk, open files. */
@Command(name = "system", mixinStandardHelpOptions = true,
        description = "Memory, CPU, disk and open files of the service; --gc runs a garbage collection first.")
final class SystemCommand extends OpsCommand {

    @Option(names = "--gc", description = "Run a garbage collection, then report (asks for confirmation).")
    boolean gc;

    @Mixin
    ConfirmOption confirm;

    @Override
    int run(Operations ops, Output out) {
        Resources.ActionResult collected = null;
        if (gc) {
            if (!remediation(ops, out, confirm).approved(Operation.SYSTEM_GC,
                    List.of("a full garbage collection of the service's JVM"))) {
                return ExitCodes.PROBLEMS;
            }
            collected = ops.runGc();
        }
        Resources.SystemStatus s = ops.system();
        if (out.json()) {
            if (collected == null) {
                out.printJson(s);
            } else {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("gc", collected);
                body.put("system", s);
                out.printJson(body);
            }
        } else {
            if (collected != null) {
                Actions.print(collected, out);
                out.out().println();
            }
            print(s, out);
        }
        return collected == null || collected.ok() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    private static void print(Resources.SystemStatus s, Output out) {
        new TextBlock().add("Memory", Formats.percent(s.memoryPercent()) + " of the machine")
                .add("RSS", Formats.bytes(s.rssBytes()))
                .add("Heap", Formats.bytes(s.heapUsedBytes()) + " of " + Formats.bytes(s.heapMaxBytes()))
                .add("CPU", Formats.percent(s.processCpuPercent()) + " process, "
                        + Formats.percent(s.systemCpuPercent()) + " system, " + s.cores() + " cores")
                .add("Disk", Formats.percent(s.diskPercent()) + " (" + Formats.bytes(s.diskUsedBytes()) + " of "
                        + Formats.bytes(s.diskTotalBytes()) + ")")
                .add("Open files", s.openFiles() < 0 ? "-" : s.openFiles())
                .add("Measured", Formats.time(s.measuredAt())).print(out.out());
    }
}
