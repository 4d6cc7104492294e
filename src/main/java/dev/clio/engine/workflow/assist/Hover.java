package dev.clio.engine.workflow.assist;

/**
 * Documentation for the word under the mouse.
 *
 * @param start offset of the word's first character
 * @param end offset after its last character
 */
public record Hover(String title, String body, int start, int end) {
}
