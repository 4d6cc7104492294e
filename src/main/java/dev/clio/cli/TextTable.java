package dev.clio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An aligned text table with upper-case headers. Cells are made printable (control characters become spaces, so a
 * hostile log line cannot move the cursor) and all but the last column are clipped to a readable width.
 */
final class TextTable {

    private static final int MAX_WIDTH = 48;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... headers) {
        this(Arrays.asList(headers));
    }

    TextTable(List<String> headers) {
        this.headers = headers.stream().map(h -> clean(h).toUpperCase(java.util.Locale.ROOT)).toList();
    }

    TextTable row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    TextTable row(List<?> cells) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String cell = i < cells.size() ? clean(cells.get(i)) : "";
            row.add(i < headers.size() - 1 ? clip(cell) : cell);
        }
        rows.add(row);
        return this;
    }

    /** A two-column table of the non-zero counts, largest first (ties by name), the way an on-call scans them. */
    static TextTable counts(String name, String count, Map<String, Long> counts) {
        TextTable table = new TextTable(name, count);
        counts.entrySet().stream().filter(e -> e.getValue() != null && e.getValue() != 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> table.row(e.getKey(), e.getValue()));
        return table;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, headers, widths);
        rows.forEach(r -> line(out, r, widths));
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(cells.get(i));
            if (i < cells.size() - 1) {
                b.append(" ".repeat(widths[i] - cells.get(i).length() + 2));
            }
        }
        out.println(b.toString().stripTrailing());
    }

    static String clean(Object value) {
        return value == null ? "-" : String.valueOf(value).replaceAll("\\p{Cntrl}", " ");
    }

    private static String clip(String cell) {
        return cell.length() <= MAX_WIDTH ? cell : cell.substring(0, MAX_WIDTH - 1) + "…";
    }
}
