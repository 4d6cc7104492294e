package dev.clio.integrations.api;

import dev.clio.ops.OpsException;

/** Receives one server-sent event stream. Called on the stream's own thread: do not block in it. */
public interface StreamListener {

    /** One event; {@code type} is the {@code event:} field ({@code message} when absent). */
    void onEvent(String type, String data);

    /** The stream ended because of {@code failure}: the server went away, refused it, or stayed silent too long. */
    default void onFailure(OpsException failure) {
    }

    /** The server ended the stream normally. */
    default void onClosed() {
    }
}
