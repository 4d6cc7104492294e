package dev.clio.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsSetTest {

    @TempDir
    Path tmp;
    Path config;
    SettingsLoader loader;

    @BeforeEach
    void workspace() throws IOException {
        Workspace ws = new Workspace(tmp);
        Files.createDirectories(ws.config());
        config = ws.config().resolve("orchestrator.yaml");
        loader = SettingsLoader.forWorkspace(ws).withEnvironment(Map.of());
    }

    @Test
    void setCreatesTheFileOwnerOnlyAndTheValueTakesEffect() throws Exception {
        Settings s = loader.set("port", "9000");
        assertThat(s.port()).isEqualTo(9000);
        assertThat(s.source("port")).isEqualTo(Source.FILE);
        assertThat(config).hasContent("port: 9000");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");
    }

    @Test
    void setKeepsEveryOtherKeyInOrderIncludingUnknownOnes() throws Exception {
        Files.writeString(config, "log_level: DEBUG\nteam_note: keep me\nport: 8000\ncache_enabled: false\n");
        Settings s = loader.set("port", "9001");
        assertThat(config).hasContent("log_level: DEBUG\nteam_note: keep me\nport: 9001\ncache_enabled: false");
        assertThat(s.logLevel()).isEqualTo("DEBUG");
        assertThat(s.cacheEnabled()).isFalse();
        assertThat(loader.set("service_name", "ops-east").serviceName()).isEqualTo("ops-east");
        assertThat(Files.readString(config)).endsWith("service_name: ops-east\n");
    }

    @Test
    void valuesAreStoredWithTheirTypes() throws Exception {
        loader.set("metrics_enabled", "no");
        loader.set("profiling_sample_rate", "0.5");
        loader.set("service_name", "8080");
        assertThat(config).hasContent("metrics_enabled: false\nprofiling_sample_rate: 0.5\nservice_name: \"8080\"");
        assertThat(loader.load().serviceName()).isEqualTo("8080");
    }

    @Test
    void anUnknownKeyIsRefusedWithASuggestionAndTheFileIsUntouched() throws Exception {
        Files.writeString(config, "port: 8000\n");
        assertThatThrownBy(() -> loader.set("prot", "9000")).isInstanceOf(SettingsException.class)
                .hasMessage("unknown key 'prot'; did you mean 'port'?");
        assertThatThrownBy(() -> loader.set("zzzzzzzz", "1"))
                .hasMessage("unknown key 'zzzzzzzz'; see docs/configuration.md for the known keys");
        assertThat(config).hasContent("port: 8000");
    }

    @Test
    void aBadValueIsRefusedAndTheFileIsUntouched() throws Exception {
        Files.writeString(config, "port: 8000\n");
        assertThatThrownBy(() -> loader.set("port", "eighty"))
                .hasMessage("port: \"eighty\" is not valid: expected an integer from 1 to 65535");
        assertThatThrownBy(() -> loader.set("jwt_secret", ""))
                .hasMessage("jwt_secret: \"\" is not valid: expected a non-empty text");
        assertThat(config).hasContent("port: 8000");
    }

    @Test
    void aMalformedFileIsNotOverwritten() throws Exception {
        Files.writeString(config, "port: [8000\n");
        assertThatThrownBy(() -> loader.set("port", "9000")).hasMessageContaining("not valid YAML");
        assertThat(config).hasContent("port: [8000");
    }

    @Test
    void anEnvironmentVariableStillWinsAfterSet() throws Exception {
        Settings s = loader.withEnvironment(Map.of("CLI_ORCHESTRATOR_PORT", "9100")).set("port", "9000");
        assertThat(s.port()).isEqualTo(9100);
        assertThat(s.source("port")).isEqualTo(Source.ENV);
        assertThat(config).hasContent("port: 9000");
    }

    @Test
    void theRewriteIsAtomicLeavesNoTempFilesAndKeepsPermissions() throws Exception {
        Files.writeString(config, "port: 8000\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r-----"));
        Object inodeBefore = Files.getAttribute(config, "unix:ino");
        loader.set("port", "9000");
        try (Stream<Path> files = Files.list(config.getParent())) {
            assertThat(files).containsExactly(config);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-r-----");
        // a new inode means the file was replaced by rename, not rewritten in place
        assertThat(Files.getAttribute(config, "unix:ino")).isNotEqualTo(inodeBefore);
    }

    @Test
    void unsetRemovesTheKeySoTheDefaultAppliesAgain() throws Exception {
        loader.set("port", "9000");
        loader.set("log_level", "ERROR");
        Settings s = loader.unset("port");
        assertThat(s.port()).isEqualTo(8080);
        assertThat(s.source("port")).isEqualTo(Source.DEFAULT);
        assertThat(config).hasContent("log_level: ERROR");
    }

    @Test
    void setInAWorkspaceWithoutConfigDirectoryCreatesIt() throws Exception {
        Workspace bare = new Workspace(tmp.resolve("bare"));
        Settings s = SettingsLoader.forWorkspace(bare).withEnvironment(Map.of()).set("port", "9002");
        assertThat(s.port()).isEqualTo(9002);
        assertThat(bare.config().resolve("orchestrator.yaml")).hasContent("port: 9002");
    }

    @Test
    void setIntoAMissingDirectoryIsAClearError() {
        SettingsLoader elsewhere = SettingsLoader.forFile(tmp.resolve("no/such/dir/o.yaml"), null)
                .withEnvironment(Map.of());
        assertThatThrownBy(() -> elsewhere.set("port", "9000")).hasMessage("cannot write "
                + tmp.resolve("no/such/dir/o.yaml") + ": directory " + tmp.resolve("no/such/dir") + " does not exist");
    }
}
