package dev.clio.integrations.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineEndpointTest {

    @Test
    void theSettingWinsThenDockerHostThenTheDefaultSocket() {
        Map<String, String> env = Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375");
        assertThat(EngineEndpoint.resolve("unix:///run/podman/podman.sock", env).url())
                .isEqualTo("unix:///run/podman/podman.sock");
        assertThat(EngineEndpoint.resolve("", env).url()).isEqualTo("tcp://127.0.0.1:2375");
        assertThat(EngineEndpoint.resolve(null, Map.of()).url()).isEqualTo(EngineEndpoint.DEFAULT);
        assertThat(EngineEndpoint.resolve(" ", Map.of("DOCKER_HOST", "")).url()).isEqualTo(EngineEndpoint.DEFAULT);
        assertThat(new EngineEndpoint(" unix:///tmp/x.sock/ ").url()).isEqualTo("unix:///tmp/x.sock");
    }

    @Test
    void anythingElseIsRefusedWithTheExpectedForm() {
        for (String bad : new String[] {"docker.sock", "unix://relative.sock", "http://127.0.0.1:2375",
            "tcp://127.0.0.1", "tcp://:2375", "", "npipe:////./pipe/docker_engine"}) {
            assertThat(EngineEndpoint.isValid(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> new EngineEndpoint(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("use unix:///path/to/socket or tcp://host:port");
        }
        assertThatThrownBy(() -> EngineEndpoint.resolve(null, Map.of("DOCKER_HOST", "docker.sock")))
                .hasMessageStartingWith("'docker.sock' is not a container engine endpoint");
    }
}
