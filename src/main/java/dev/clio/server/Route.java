package dev.clio.server;

import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import dev.clio.security.Role;
import java.util.List;

/**
 * One row of the route table: an HTTP method and path template mapped to one Operations call.
 *
 * @param path a Javalin template, path parameters in braces ({@code /api/v1/executions/{id}})
 * @param query the query parameters the route accepts; any other is refused with 400
 * @param body the request body type, or null when the route takes none
 * @param status the status of a successful answer (200, or 202 for actions that only start something)
 */
record Route(String method, String path, Operation operation, String summary, List<Param> query, Class<?> body,
        int status, Invoker invoker) {

    Route {
        query = List.copyOf(query);
    }

    /** The least role the route needs, or null when it needs no key. */
    Role role() {
        return switch (operation.access()) {
            case PUBLIC -> null;
            case READ -> Role.VIEWER;
            case OPERATE -> Role.OPERATOR;
            case ADMIN -> Role.ADMIN;
        };
    }

    boolean accepts(String queryName) {
        return query.stream().anyMatch(p -> p.name().equals(queryName));
    }

    /** A documented query parameter. */
    record Param(String name, String type, String description) {
    }

    /** Performs the call; returns the result to send as JSON, or a {@link Reply}. */
    @FunctionalInterface
    interface Invoker {
        Object invoke(Operations ops, ApiCall call);
    }
}
