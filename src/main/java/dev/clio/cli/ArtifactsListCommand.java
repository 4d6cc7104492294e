package dev.clio.cli;

import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Files under artifacts/ with size and time.")
final class ArtifactsListCommand extends OpsCommand {

    @Override
    int run(Operations ops, Output out) {
        List<Resources.ArtifactInfo> artifacts = ops.artifacts();
        if (out.json()) {
            out.printJson(Map.of("artifacts", artifacts));
            return ExitCodes.OK;
        }
        if (artifacts.isEmpty()) {
            out.out().println("No artifacts yet.");
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("modified", "size", "path");
        artifacts.forEach(a -> table.row(Formats.time(a.modified()), Formats.bytes(a.sizeBytes()), a.path()));
        table.print(out.out());
        long total = artifacts.stream().mapToLong(Resources.ArtifactInfo::sizeBytes).sum();
        out.out().printf("%n%d file(s), %s%n", artifacts.size(), Formats.bytes(total));
        return ExitCodes.OK;
    }
}
