package dev.clio.engine.expr;

import dev.clio.engine.expr.WhenToken.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits a {@code when} expression into tokens. Bare words may contain path characters, so paths need no quotes. */
final class WhenLexer {

    private final String text;
    private int pos;

    private WhenLexer(String text) {
        this.text = text;
    }

    static List<WhenToken> tokenize(String text) {
        WhenLexer lexer = new WhenLexer(text);
        List<WhenToken> tokens = new ArrayList<>();
        WhenToken token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (!token.is(Kind.END));
        return tokens;
    }

    private WhenToken next() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= text.length()) {
            // Point "found the end" right after the last token, not after trailing blank lines of a block scalar.
            return new WhenToken(Kind.END, "", text.stripTrailing().length());
        }
        int start = pos;
        char c = text.charAt(pos);
        return switch (c) {
            case '(' -> single(Kind.LPAREN, start);
            case ')' -> single(Kind.RPAREN, start);
            case '[' -> single(Kind.LBRACKET, start);
            case ']' -> single(Kind.RBRACKET, start);
            case ',' -> single(Kind.COMMA, start);
            case '\'', '"' -> string(c, start);
            case '&', '|' -> doubled(c, start);
            case '=', '!', '<', '>' -> operator(c, start);
            default -> word(start);
        };
    }

    private WhenToken single(Kind kind, int start) {
        pos++;
        return new WhenToken(kind, text.substring(start, pos), start);
    }

    private WhenToken doubled(char c, int start) {
        if (pos + 1 < text.length() && text.charAt(pos + 1) == c) {
            pos += 2;
            return new WhenToken(c == '&' ? Kind.AND : Kind.OR, c == '&' ? "&&" : "||", start);
        }
        throw new WhenSyntaxException("'" + c + "' must be doubled: use '" + c + c + "'", start);
    }

    private WhenToken operator(char c, int start) {
        boolean followedByEquals = pos + 1 < text.length() && text.charAt(pos + 1) == '=';
        if (followedByEquals) {
            pos += 2;
            return new WhenToken(Kind.COMPARE, text.substring(start, pos), start);
        }
        pos++;
        return switch (c) {
            case '!' -> new WhenToken(Kind.NOT, "!", start);
            case '=' -> new WhenToken(Kind.ASSIGN, "=", start);
            default -> new WhenToken(Kind.COMPARE, String.valueOf(c), start);
        };
    }

    private WhenToken string(char quote, int start) {
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return new WhenToken(Kind.STRING, value.toString(), start);
            }
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            value.append(c);
        }
        throw new WhenSyntaxException("unterminated string: add the closing " + quote, start);
    }

    private WhenToken word(int start) {
        while (pos < text.length() && isWordChar(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw new WhenSyntaxException("unexpected character '" + text.charAt(pos) + "'", start);
        }
        return new WhenToken(Kind.WORD, text.substring(start, pos), start);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || "_-./*~:@+$%".indexOf(c) >= 0;
    }
}
