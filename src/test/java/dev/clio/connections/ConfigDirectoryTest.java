package dev.clio.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirectoryTest {

    private static final Path HOME = Path.of("/home/ana");

    private static Path resolve(Map<String, String> properties, Map<String, String> env) {
        return ConfigDirectory.resolve(properties::get, env::get, HOME);
    }

    @Test
    void thePropertyWinsThenTheVariableThenXdgThenHome() {
        Map<String, String> env = Map.of(ConfigDirectory.VARIABLE, "/tmp/cfg", "XDG_CONFIG_HOME", "/xdg");
        assertThat(resolve(Map.of(ConfigDirectory.PROPERTY, "/p"), env)).isEqualTo(Path.of("/p"));
        assertThat(resolve(Map.of(), env)).isEqualTo(Path.of("/tmp/cfg"));
        assertThat(resolve(Map.of(), Map.of("XDG_CONFIG_HOME", "/xdg"))).isEqualTo(Path.of("/xdg/cli-orchestrator"));
        assertThat(resolve(Map.of(), Map.of())).isEqualTo(Path.of("/home/ana/.config/cli-orchestrator"));
    }

    @Test
    void relativeOrEmptyValuesAreIgnored() {
        assertThat(resolve(Map.of(ConfigDirectory.PROPERTY, " "), Map.of(ConfigDirectory.VARIABLE, "rel",
                "XDG_CONFIG_HOME", "also/relative"))).isEqualTo(Path.of("/home/ana/.config/cli-orchestrator"));
    }
}
