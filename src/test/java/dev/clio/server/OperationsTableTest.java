package dev.clio.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.ops.Operation;
import dev.clio.runbook.RunbookCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/operations.md maps every Operation to its permission, endpoints and built-in runbook steps; kept in step. */
class OperationsTableTest {

    @Test
    void everyOperationHasARowThatMatchesTheCode() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs/operations.md"));
        var catalog = RunbookCatalog.builtinsOnly().snapshot();
        List<String> problems = new ArrayList<>();
        for (Operation op : Operation.values()) {
            Optional<String> row = lines.stream().filter(l -> l.startsWith("| `" + op.id() + "` |")).findFirst();
            if (row.isEmpty()) {
                problems.add("no row for " + op.id());
                continue;
            }
            String[] cells = row.get().split(" \\| ");
            String role = switch (op.access()) {
                case PUBLIC -> "public";
                case READ -> "viewer";
                case OPERATE -> "operator";
                case ADMIN -> "admin";
            };
            if (!cells[1].equals(role)) {
                problems.add(op.id() + ": needs " + role + ", the table says " + cells[1]);
            }
            if (cells[2].startsWith("yes") != op.isRemediation()) {
                problems.add(op.id() + ": changes state is " + op.isRemediation());
            }
            Routes.all().stream().filter(r -> r.operation() == op)
                    .map(r -> r.method().toUpperCase(Locale.ROOT) + " `" + r.path() + "`")
                    .filter(e -> !cells[3].contains(e)).forEach(e -> problems.add(op.id() + ": endpoint " + e));
            catalog.runbooks().forEach(rb -> rb.steps().stream().filter(s -> op.id().equals(s.call()))
                    .map(s -> rb.id() + "/" + s.id()).filter(s -> !cells[5].contains(s))
                    .forEach(s -> problems.add(op.id() + ": runbook step " + s)));
        }
        assertThat(problems).isEmpty();
    }
}
