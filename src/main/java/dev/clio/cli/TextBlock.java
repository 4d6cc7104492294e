package dev.clio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A key-value block ({@code Status:  healthy}) with the values aligned, read top-down at a glance. */
final class TextBlock {

    private record Entry(String key, String value) {
    }

    private final List<Entry> entries = new ArrayList<>();

    TextBlock add(String key, Object value) {
        entries.add(new Entry(key, TextTable.clean(value)));
        return this;
    }

    void print(PrintWriter out) {
        int width = entries.stream().mapToInt(e -> e.key().length()).max().orElse(0) + 1;
        for (Entry e : entries) {
            String label = e.key() + ":";
            out.println(label + " ".repeat(width - label.length() + 2) + e.value());
        }
    }
}
