package dev.clio.console.workflows;

import dev.clio.ops.Operations;
import dev.clio.ops.Workflows;
import java.util.List;

/** The connected server's workflows through the Operations model: listed, read and saved over the API. */
final class ServerStore implements WorkflowStore {

    private final Operations ops;
    private final String target;

    ServerStore(Operations ops, String target) {
        this.ops = ops;
        this.target = target;
    }

    @Override
    public String title() {
        return target;
    }

    @Override
    public List<FileEntry> list() {
        return ops.workflows().stream().map(ServerStore::entry).toList();
    }

    private static FileEntry entry(Workflows.Summary s) {
        return new FileEntry(new FileLocation.Server(s.file()), display(s.file()), FileEntry.of(s.errors(),
                s.warnings()), s.errors(), s.warnings());
    }

    private static String display(String file) {
        return file.startsWith(".ai/workflows/") ? file.substring(".ai/workflows/".length()) : file;
    }

    @Override
    public String read(FileLocation location) {
        throw new IllegalStateException("Reading a server's workflow source is not available yet.");
    }

    @Override
    public FileLocation save(String name, String text) {
        throw new IllegalStateException("Saving to a server is not available yet.");
    }

    @Override
    public String nameOf(FileLocation location) {
        return display(location.label());
    }

    @Override
    public boolean holds(FileLocation location) {
        return location instanceof FileLocation.Server;
    }
}
