package dev.clio.integrations.api;

import dev.clio.ops.OpsException;

/** One open server-sent event stream. Closing it cancels the request, which closes its connection at once. */
public interface EventStream extends AutoCloseable {

    /** True until it is closed, the server ends it, or it fails. */
    boolean isOpen();

    /** Why the stream ended, or null while it is open or after a normal end. */
    OpsException failure();

    @Override
    void close();
}
