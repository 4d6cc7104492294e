package dev.clio.server;

import java.util.Map;

/**
 * What a route answers when 200 with the result as JSON is not enough.
 *
 * @param body serialised as JSON; null for no body
 */
record Reply(int status, Object body, Map<String, String> headers) {

    /** Marks a response the route has already written itself (a stream). */
    static final Reply WRITTEN = new Reply(0, null, Map.of());

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply of(int status, Object body) {
        return new Reply(status, body, Map.of());
    }
}
