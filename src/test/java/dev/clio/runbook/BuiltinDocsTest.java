package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.runbook.RunbookStep.StepKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/runbooks.md's mapping table ("Built-in runbooks and the seed") lists every built-in step once, with the
 * operation the step really calls, and names no step that does not exist.
 */
class BuiltinDocsTest {

    private static final Path DOC = Path.of("docs/runbooks.md");
    private static final String SECTION = "## Built-in runbooks and the seed";
    private static final Pattern STEP = Pattern.compile("^`([a-z0-9-]+)` / `([a-z0-9-]+)`$");
    private static final String MANUAL = "— (manual)";

    /** One table row: the runbook and step it names, and its operation column. */
    record Row(String runbook, String step, String operation) {
    }

    static List<Row> rows() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf(SECTION);
        assertThat(start).as("docs/runbooks.md has the section '%s'", SECTION).isNotNegative();
        String section = doc.substring(start + SECTION.length());
        int end = section.indexOf("\n## ");
        List<Row> rows = new ArrayList<>();
        for (String line : (end < 0 ? section : section.substring(0, end)).lines().toList()) {
            if (!line.startsWith("| ") || line.startsWith("| seed procedure") || line.startsWith("|---")) {
                continue;
            }
            // cells are split on '|' not escaped as '\|' (the seed's pipes inside code)
            String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1);
            assertThat(cells).as("five cells in: %s", line).hasSize(5);
            Matcher m = STEP.matcher(cells[2].strip());
            assertThat(m.matches()).as("'runbook / step' cell of: %s", line).isTrue();
            rows.add(new Row(m.group(1), m.group(2), cells[3].strip()));
        }
        return rows;
    }

    @Test
    void everyBuiltinStepIsInTheTableOnceWithTheOperationItCalls() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (Runbook rb : BuiltinCatalog.all()) {
            for (RunbookStep s : rb.steps()) {
                expected.put(rb.id() + "/" + s.id(), s.kind() == StepKind.MANUAL ? MANUAL : "`" + s.call() + "`");
            }
        }
        Map<String, String> documented = new LinkedHashMap<>();
        for (Row r : rows()) {
            String key = r.runbook() + "/" + r.step();
            assertThat(documented.put(key, r.operation())).as("%s appears once in the table", key).isNull();
        }
        assertThat(documented).containsExactlyInAnyOrderEntriesOf(expected);
    }
}
