package dev.clio.cli;

import dev.clio.common.BuildInfo;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"cli-orchestrator " + BuildInfo.version()};
    }
}
