package dev.clio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxUsesAnAbsoluteXdgDataHomeElseLocalShare() {
        assertThat(DataDirectory.demo(Map.of("XDG_DATA_HOME", "/data"), null, "Linux", HOME))
                .isEqualTo(Path.of("/data/cli-orchestrator/demo"));
        assertThat(DataDirectory.demo(Map.of("XDG_DATA_HOME", "rel"), null, "Linux", HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/cli-orchestrator/demo"));
        assertThat(DataDirectory.demo(Map.of(), null, "FreeBSD", HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/cli-orchestrator/demo"));
    }

    @Test
    void macOsUsesApplicationSupportWhateverXdgSays() {
        assertThat(DataDirectory.demo(Map.of("XDG_DATA_HOME", "/data"), null, "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/cli-orchestrator/demo"));
    }

    @Test
    void windowsUsesAppDataElseRoaming() {
        assertThat(DataDirectory.userData(Map.of("APPDATA", "/users/ada/roam"), null, "Windows 11", HOME))
                .isEqualTo(Path.of("/users/ada/roam"));
        assertThat(DataDirectory.userData(Map.of(), null, "Windows 11", HOME))
                .isEqualTo(Path.of("/home/ada/AppData/Roaming"));
    }

    @Test
    void theOverrideVariableWinsAndThePropertyWinsOverIt() {
        Map<String, String> env = Map.of("CLIO_DATA_DIR", "/tmp/var", "XDG_DATA_HOME", "/data");
        assertThat(DataDirectory.demo(env, null, "Linux", HOME)).isEqualTo(Path.of("/tmp/var/cli-orchestrator/demo"));
        assertThat(DataDirectory.demo(env, "/tmp/prop", "Linux", HOME))
                .isEqualTo(Path.of("/tmp/prop/cli-orchestrator/demo"));
        assertThat(DataDirectory.demo(Map.of("CLIO_DATA_DIR", " "), "", "Linux", HOME))
                .as("blank values are unset").isEqualTo(Path.of("/home/ada/.local/share/cli-orchestrator/demo"));
    }
}
