package dev.clio.console.common.logs;

import java.util.List;

/**
 * A line as the view draws it: its display text (one paragraph) and consecutive styled segments covering it.
 *
 * @param segments lengths add up to {@code text.length()}; each names the style classes of its characters
 */
public record RenderedLine(String text, List<Segment> segments) {

    public record Segment(int length, List<String> classes) {
    }
}
