package dev.clio.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/configuration.md documents every key with its variable and default, so the two cannot drift apart. */
class ConfigurationDocTest {

    @Test
    void everyKeyHasARowWithItsVariableAndDefault() throws IOException {
        String doc = Files.readString(Path.of("docs/configuration.md"));
        for (SettingKey key : SettingKeys.all()) {
            String row = "| `" + key.name() + "` | `" + key.envVar() + "` | ";
            assertThat(doc).as(key.name()).contains(row);
            String afterRow = doc.substring(doc.indexOf(row) + row.length());
            String documentedDefault = afterRow.substring(0, afterRow.indexOf(" |"));
            if (key.defaultText() != null) {
                String expected = key.defaultText().isEmpty() ? "`\"\"`" : "`" + key.defaultText() + "`";
                assertThat(documentedDefault).as("default of %s", key.name()).isEqualTo(expected);
            }
        }
    }

    /** Every CLI_ORCHESTRATOR_* variable the code names literally (settings or not) has a row in the doc. */
    @Test
    void everyVariableTheCodeNamesIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/configuration.md"));
        Pattern variable = Pattern.compile("CLI_ORCHESTRATOR_[A-Z][A-Z0-9_]*[A-Z0-9]");
        TreeSet<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = variable.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group());
                }
            }
        }
        assertThat(named).contains("CLI_ORCHESTRATOR_CONFIG_DIR");
        for (String name : named) {
            assertThat(doc).as(name).contains("| `" + name + "` |");
        }
    }
}
