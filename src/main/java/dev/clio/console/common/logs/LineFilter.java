package dev.clio.console.common.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the user typed in a pane's filter field and how to apply it. In filter mode only matching lines are shown
 * (with inverse: only the others); in highlight mode every line is shown and the matches are marked. An empty query
 * matches every line and marks nothing.
 */
public record LineFilter(String query, boolean regex, boolean caseSensitive, boolean inverse, boolean highlight) {

    public static final LineFilter NONE = new LineFilter("", false, false, false, false);

    public LineFilter {
        query = query == null ? "" : query;
    }

    public boolean empty() {
        return query.isEmpty();
    }

    /**
     * The compiled matcher.
     *
     * @throws IllegalArgumentException with a sentence for the user when the regular expression does not compile
     */
    public Compiled compile() {
        if (empty()) {
            return new Compiled(this, null);
        }
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            return new Compiled(this, Pattern.compile(regex ? query : Pattern.quote(query), flags));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Not a valid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at position " + e.getIndex() : ""), e);
        }
    }

    public LineFilter withQuery(String q) {
        return new LineFilter(q, regex, caseSensitive, inverse, highlight);
    }

    /** A filter ready to apply; thread-safe (a new {@link Matcher} per call). */
    public static final class Compiled {

        private final LineFilter filter;
        private final Pattern pattern;
        private final String plainLower;

        private Compiled(LineFilter filter, Pattern pattern) {
            this.filter = filter;
            this.pattern = pattern;
            this.plainLower = filter.regex || filter.caseSensitive ? null : filter.query.toLowerCase(Locale.ROOT);
        }

        public LineFilter filter() {
            return filter;
        }

        /** Whether the text contains a match (ignoring inverse). */
        public boolean matches(String text) {
            if (pattern == null) {
                return true;
            }
            if (plainLower != null && isAscii(plainLower)) {
                return containsIgnoreCase(text, plainLower);
            }
            if (!filter.regex && filter.caseSensitive) {
                return text.contains(filter.query);
            }
            return pattern.matcher(text).find();
        }

        /** Whether the line is shown: every line in highlight mode, else the matches (or, inverse, the others). */
        public boolean shows(String text) {
            return filter.highlight || filter.empty() || matches(text) != filter.inverse;
        }

        /** Whether the whole line is marked: in highlight mode with inverse, the lines that do not match. */
        public boolean marksWholeLine(String text) {
            return filter.highlight && filter.inverse && !filter.empty() && !matches(text);
        }

        /** The ranges of the matches in {@code text}, as {@code [start, end)} pairs; none for inverse or empty. */
        public List<int[]> ranges(String text) {
            if (pattern == null || filter.inverse) {
                return List.of();
            }
            List<int[]> ranges = new ArrayList<>(2);
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.end() == m.start()) {
                    if (m.end() >= text.length()) {
                        break;
                    }
                    continue;
                }
                ranges.add(new int[] {m.start(), m.end()});
            }
            return ranges;
        }

        private static boolean isAscii(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 127) {
                    return false;
                }
            }
            return true;
        }

        /** Plain case-insensitive search without allocating a lower-cased copy of every line. */
        private static boolean containsIgnoreCase(String text, String lowerNeedle) {
            int n = lowerNeedle.length();
            for (int i = 0; i + n <= text.length(); i++) {
                if (text.regionMatches(true, i, lowerNeedle, 0, n)) {
                    return true;
                }
            }
            return false;
        }
    }
}
