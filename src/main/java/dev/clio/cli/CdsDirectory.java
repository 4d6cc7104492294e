package dev.clio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The packaged launchers ask the JVM to write a class-data archive on exit ({@code -XX:+AutoCreateSharedArchive}
 * with {@code -XX:SharedArchiveFile=$HOME/.cache/cli-orchestrator/cds/...}). The JVM does not create the folder,
 * and when it is missing the dump fails at exit and turns a successful run's exit code into 1, so the launchers
 * name the folder in {@code -Dclio.cds.dir} and it is created here, before the command runs.
 */
final class CdsDirectory {

    static final String PROPERTY = "clio.cds.dir";

    private CdsDirectory() {
    }

    /** Creates the folder named by the property, if any; a folder that cannot be made only costs the archive. */
    static void prepare(String dirOrNull) {
        if (dirOrNull == null || dirOrNull.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dirOrNull));
        } catch (IOException | RuntimeException e) {
            // nothing to tell the user: the command still runs, only start-up stays slower
        }
    }
}
