package dev.clio.console.workflows;

import java.util.List;

/** One store's files as last listed, or the sentence saying why it could not be listed. */
record StoreListing(WorkflowStore store, List<FileEntry> files, String problemOrNull) {

    StoreListing {
        files = List.copyOf(files);
    }
}
