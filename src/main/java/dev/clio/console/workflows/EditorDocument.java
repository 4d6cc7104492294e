package dev.clio.console.workflows;

import java.util.Objects;

/**
 * What an editor tab holds: where the text came from and the text as it is now.
 *
 * @param name the name shown and used in diagnostics: a workspace-relative path ({@code .ai/workflows/HELLO.yaml}),
 *     a path in an opened folder, or {@code untitled-1.yaml} for a new file
 * @param location where it is saved; null for a new file not saved yet
 */
public record EditorDocument(String name, FileLocation location, String text) {

    public EditorDocument {
        Objects.requireNonNull(name);
        Objects.requireNonNull(text);
    }

    public boolean untitled() {
        return location == null;
    }
}
