package dev.clio.console.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Subsequence matching for the command palette: every character of the query must appear in order. Matches at word
 * starts and consecutive runs score higher, so "ov" ranks "View: Overview" above "Alerts: Show overdue".
 */
public final class FuzzyMatcher {

    private FuzzyMatcher() {
    }

    /** The score of a match, or -1 when the query does not match. An empty query matches everything with 0. */
    public static int score(String query, String text) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        String t = text.toLowerCase(Locale.ROOT);
        int score = 0;
        int from = 0;
        int previous = -2;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == ' ') {
                continue;
            }
            int at = t.indexOf(c, from);
            if (at < 0) {
                return -1;
            }
            score += 1;
            if (at == previous + 1) {
                score += 3;
            }
            if (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1))) {
                score += 5;
            }
            previous = at;
            from = at + 1;
        }
        return score;
    }

    /** The items that match, best first; ties keep their original order. */
    public static <T> List<T> rank(String query, List<T> items, Function<T, String> text) {
        record Scored<T>(T item, int score, int index) {
        }
        List<Scored<T>> scored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int s = score(query, text.apply(items.get(i)));
            if (s >= 0) {
                scored.add(new Scored<>(items.get(i), s, i));
            }
        }
        scored.sort(Comparator.comparingInt((Scored<T> s) -> -s.score()).thenComparingInt(Scored::index));
        return scored.stream().map(Scored::item).toList();
    }
}
