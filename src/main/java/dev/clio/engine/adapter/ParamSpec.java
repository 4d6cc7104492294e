package dev.clio.engine.adapter;

/**
 * One {@code with} parameter an adapter understands.
 *
 * @param type one of string, integer, number, boolean, array, object, any
 */
public record ParamSpec(String name, String type, String description) {
}
