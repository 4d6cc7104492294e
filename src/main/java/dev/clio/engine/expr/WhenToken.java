package dev.clio.engine.expr;

/** One lexical token of a {@code when} expression; {@code start} is its 0-based offset. */
record WhenToken(Kind kind, String text, int start) {

    enum Kind { LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, ASSIGN, COMPARE, AND, OR, NOT, STRING, WORD, END }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    String describe() {
        return switch (kind) {
            case END -> "the end of the expression";
            case STRING -> "the string '" + text + "'";
            default -> "'" + text + "'";
        };
    }
}
