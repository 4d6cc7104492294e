package dev.clio.console.workflows;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff by longest common subsequence, for "changed on disk: compare". Quadratic in the lines that differ
 * after the common head and tail are cut off, so an outside edit of a few lines in a long file stays cheap; above
 * {@link #MAX_CELLS} it falls back to "all removed, all added" rather than using a lot of memory.
 */
final class TextDiff {

    static final long MAX_CELLS = 25_000_000L;

    enum Op { SAME, REMOVED, ADDED }

    record Line(Op op, String text) {
        /** {@code "  same"}, {@code "- removed"}, {@code "+ added"}. */
        String unified() {
            return (op == Op.SAME ? "  " : op == Op.REMOVED ? "- " : "+ ") + text;
        }
    }

    private TextDiff() {
    }

    static List<Line> lines(String before, String after) {
        List<String> a = List.of(before.split("\n", -1));
        List<String> b = List.of(after.split("\n", -1));
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Line> out = new ArrayList<>();
        a.subList(0, head).forEach(l -> out.add(new Line(Op.SAME, l)));
        middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), out);
        a.subList(a.size() - tail, a.size()).forEach(l -> out.add(new Line(Op.SAME, l)));
        return out;
    }

    private static void middle(List<String> a, List<String> b, List<Line> out) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            a.forEach(l -> out.add(new Line(Op.REMOVED, l)));
            b.forEach(l -> out.add(new Line(Op.ADDED, l)));
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Line(Op.SAME, a.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Op.REMOVED, a.get(i++)));
            } else {
                out.add(new Line(Op.ADDED, b.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Line(Op.REMOVED, a.get(i++)));
        }
        while (j < m) {
            out.add(new Line(Op.ADDED, b.get(j++)));
        }
    }
}
