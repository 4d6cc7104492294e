package dev.clio.config;

/**
 * One effective setting as {@code config show} displays it.
 *
 * @param value the value as text, with secrets replaced by {@code ********} and passwords in URLs by {@code ****}
 * @param secret true for keys whose value is never shown
 */
public record ShownSetting(String key, String envVar, String value, Source source, boolean secret) {
}
