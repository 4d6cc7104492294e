package dev.clio.console.workflows;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Find and replace over the editor's text, literal or regular expression. A bad expression is reported as a
 * sentence ({@link Query#problem()}), never thrown.
 */
final class TextSearch {

    private TextSearch() {
    }

    /** A compiled query, or the reason it cannot be used. */
    record Query(Pattern patternOrNull, String problem) {
        static Query of(String text, boolean regex, boolean matchCase) {
            if (text == null || text.isEmpty()) {
                return new Query(null, "");
            }
            int flags = matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            try {
                return new Query(Pattern.compile(regex ? text : Pattern.quote(text), flags | Pattern.MULTILINE), "");
            } catch (PatternSyntaxException e) {
                return new Query(null, "Not a valid regular expression: " + e.getDescription() + " at index "
                        + e.getIndex() + ".");
            }
        }
    }

    /** The next match at or after {@code from} (wrapping around), as {start, end}; null when there is none. */
    static int[] next(String text, Query query, int from) {
        if (query.patternOrNull() == null) {
            return null;
        }
        Matcher m = query.patternOrNull().matcher(text);
        if (find(m, from, text.length()) || find(m, 0, text.length())) {
            return new int[] {m.start(), m.end()};
        }
        return null;
    }

    /** The last match ending at or before {@code before} (wrapping around); null when there is none. */
    static int[] previous(String text, Query query, int before) {
        if (query.patternOrNull() == null) {
            return null;
        }
        Matcher m = query.patternOrNull().matcher(text);
        int[] last = null;
        int[] any = null;
        while (m.find()) {
            if (m.end() == m.start() && m.end() >= text.length()) {
                break;
            }
            any = new int[] {m.start(), m.end()};
            if (m.start() < before) {
                last = any;
            }
        }
        return last != null ? last : any;
    }

    static int count(String text, Query query) {
        if (query.patternOrNull() == null) {
            return 0;
        }
        Matcher m = query.patternOrNull().matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** {@code text} with every match replaced; {@code $1} refers to groups only for a regular expression. */
    static String replaceAll(String text, Query query, String replacement, boolean regex) {
        if (query.patternOrNull() == null) {
            return text;
        }
        return query.patternOrNull().matcher(text).replaceAll(regex ? replacement
                : Matcher.quoteReplacement(replacement));
    }

    /** The replacement for one match {start, end} of the query. */
    static String replacementFor(String text, Query query, int[] match, String replacement, boolean regex) {
        if (!regex) {
            return replacement;
        }
        Matcher m = query.patternOrNull().matcher(text);
        m.region(match[0], text.length());
        if (m.lookingAt() && m.end() == match[1]) {
            StringBuilder out = new StringBuilder();
            m.appendReplacement(out, replacement);
            return out.substring(match[0]);
        }
        return replacement;
    }

    private static boolean find(Matcher m, int from, int length) {
        return from <= length && m.find(from) && !(m.start() == m.end() && m.start() >= length);
    }
}
