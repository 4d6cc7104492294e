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
        return ops.workflowSource(location.label()).text();
    }

    /** The server validates first: a text with errors is refused with them, and nothing is written. */
    @Override
    public FileLocation save(String name, String text) {
        return new FileLocation.Server(ops.saveWorkflow(name, text).file());
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
