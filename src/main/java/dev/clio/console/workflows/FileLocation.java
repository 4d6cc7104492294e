package dev.clio.console.workflows;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a workflow file lives: a file on this machine, or a workflow of the connected server (by its name relative
 * to the server's workspace).
 */
public sealed interface FileLocation {

    /** The name diagnostics and tabs use. */
    String label();

    record Local(Path path, String label) implements FileLocation {
        public Local {
            Objects.requireNonNull(path);
            Objects.requireNonNull(label);
        }
    }

    record Server(String file) implements FileLocation {
        public Server {
            Objects.requireNonNull(file);
        }

        @Override
        public String label() {
            return file;
        }
    }
}
