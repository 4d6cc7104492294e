package dev.clio.engine.adapter.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts a program with stdin from /dev/null and stdout/stderr into the two captures. */
interface Launcher {

    /**
     * @param argv program and arguments; the program is looked up on this JVM's PATH unless it contains a slash
     * @param directory an absolute, existing working directory
     * @param environment the child's complete environment
     * @throws IOException "cannot run '<program>': <reason>" when it cannot be started
     */
    Child launch(List<String> argv, Path directory, Map<String, String> environment, StreamCapture out,
            StreamCapture err) throws IOException;

    /** "native (posix_spawn)" or "jdk (ProcessBuilder)", for logs and docs. */
    String name();
}
