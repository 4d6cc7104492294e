package dev.clio.cli;

import dev.clio.config.SettingKeys;
import dev.clio.ops.OpsException;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --docker-host URL}: the container engine of this run, over the workspace's {@code docker_host}. */
final class DockerHostOption {

    static final String NAME = "--docker-host";
    static final String VARIABLE = "CLI_ORCHESTRATOR_DOCKER_HOST";

    @Option(names = NAME, paramLabel = "URL", description = "Container engine for this run: unix:///path/to/socket "
            + "or tcp://host:port (default: the workspace's docker_host, else DOCKER_HOST, else "
            + "unix:///var/run/docker.sock). In-process only.")
    String url;

    /** The setting override for {@link OpsCommand#settingVariables()}; empty without the option. */
    Map<String, Map.Entry<String, String>> variables() {
        if (url == null) {
            return Map.of();
        }
        boolean valid = !url.isBlank() && SettingKeys.find("docker_host").orElseThrow().type().parse(url).isPresent();
        if (!valid) {
            throw OpsException.invalid(NAME + " '" + TextTable.clean(url) + "' is not a container engine endpoint; "
                    + "use unix:///path/to/socket or tcp://host:port");
        }
        return Map.of(NAME, Map.entry(VARIABLE, url.strip()));
    }

    /** What the confirmation shows as the engine: this option, the workspace's setting, or the defaults. */
    String describe(String configured, boolean remote) {
        if (url != null) {
            return url.strip();
        }
        if (configured != null && !configured.isBlank()) {
            return remote ? configured + " (the server's docker_host)" : configured;
        }
        return remote ? "the server's default engine (DOCKER_HOST, else unix:///var/run/docker.sock)"
                : "DOCKER_HOST, else unix:///var/run/docker.sock";
    }
}
