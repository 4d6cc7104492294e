package dev.clio.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
