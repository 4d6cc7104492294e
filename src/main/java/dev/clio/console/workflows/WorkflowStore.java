package dev.clio.console.workflows;

import java.util.List;

/**
 * Where workflows are listed, read and saved: a folder on this machine or the connected server. Every method blocks
 * on IO (call it through {@code Background}) and fails with an exception whose message is a sentence.
 */
interface WorkflowStore {

    /** What the tree shows as this store's root, e.g. {@code .ai/workflows} or {@code server https://…}. */
    String title();

    /** The files, each validated by the one validator, sorted by name. */
    List<FileEntry> list();

    String read(FileLocation location);

    /**
     * Saves {@code text} as {@code name} (a file name or a path relative to this store) and returns where it went.
     * Local stores write atomically; the server validates first and refuses a name that leaves its workspace.
     */
    FileLocation save(String name, String text);

    /** The name {@code location} has relative to this store, as {@link #save} takes it. */
    String nameOf(FileLocation location);

    /** Whether {@code location} is one of this store's files. */
    boolean holds(FileLocation location);
}
