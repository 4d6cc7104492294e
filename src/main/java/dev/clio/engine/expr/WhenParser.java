package dev.clio.engine.expr;

import dev.clio.engine.expr.WhenToken.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser. Precedence, lowest first: {@code ||}, {@code &&}, {@code !}, then primaries (functions,
 * {@code path exists}, comparisons on {@code inputs.x}, parentheses).
 */
final class WhenParser {

    private static final String INPUTS = "inputs.";
    private static final int MAX_DEPTH = 200;

    private final List<WhenToken> tokens;
    private final Set<String> steps = new LinkedHashSet<>();
    private final Set<String> inputs = new LinkedHashSet<>();
    private int pos;
    private int depth;

    WhenParser(String text) {
        this.tokens = WhenLexer.tokenize(text);
    }

    WhenNode parse() {
        if (peek().is(Kind.END)) {
            throw new WhenSyntaxException("the condition is empty: write an expression or remove 'when'", 0);
        }
        WhenNode node = or();
        if (!peek().is(Kind.END)) {
            throw error("unexpected " + peek().describe() + ": join conditions with && or ||");
        }
        return node;
    }

    Set<String> steps() {
        return steps;
    }

    Set<String> inputs() {
        return inputs;
    }

    private WhenNode or() {
        WhenNode left = and();
        while (accept(Kind.OR)) {
            left = new WhenNode.Or(left, and());
        }
        return left;
    }

    private WhenNode and() {
        WhenNode left = unary();
        while (accept(Kind.AND)) {
            left = new WhenNode.And(left, unary());
        }
        return left;
    }

    private WhenNode unary() {
        if (++depth > MAX_DEPTH) {
            throw error("the condition is nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
        try {
            if (accept(Kind.NOT)) {
                return new WhenNode.Not(unary());
            }
            return primary();
        } finally {
            depth--;
        }
    }

    private WhenNode primary() {
        WhenToken t = peek();
        if (accept(Kind.LPAREN)) {
            WhenNode inner = or();
            expect(Kind.RPAREN, "')' to close the '(' at offset " + t.start());
            return inner;
        }
        if (t.is(Kind.STRING)) {
            pos++;
            return existsSuffix(t.text(), t);
        }
        if (!t.is(Kind.WORD)) {
            throw error("expected a condition but found " + t.describe());
        }
        pos++;
        return word(t);
    }

    private WhenNode word(WhenToken t) {
        String w = t.text();
        switch (w) {
            case "has_errors":
                return hasErrors();
            case "success":
                return success();
            case "exists":
                return existsCall();
            case "all_previous_steps_success":
                return new WhenNode.AllPreviousSucceeded();
            case "true", "false":
                return new WhenNode.Literal(Boolean.parseBoolean(w));
            default:
                break;
        }
        if (peek().is(Kind.LPAREN)) {
            pos = tokens.indexOf(t);
            throw error("unknown function '" + w + "': use has_errors(...), success(...) or exists(...)");
        }
        if (w.startsWith(INPUTS) && !peek().isWord("exists")) {
            return inputCondition(t);
        }
        return existsSuffix(w, t);
    }

    private WhenNode inputCondition(WhenToken t) {
        String name = t.text().substring(INPUTS.length());
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            pos--;
            throw error("'" + t.text() + "' is not an input reference: write inputs.<name>");
        }
        inputs.add(name);
        if (peek().is(Kind.ASSIGN)) {
            throw error("'=' assigns; use '==' to compare inputs." + name + " with a value");
        }
        if (!peek().is(Kind.COMPARE)) {
            return new WhenNode.InputTruthy(name);
        }
        String op = tokens.get(pos++).text();
        return new WhenNode.Compare(name, op, literal());
    }

    private Object literal() {
        WhenToken t = peek();
        pos++;
        if (t.is(Kind.STRING)) {
            return t.text();
        }
        if (t.is(Kind.WORD)) {
            switch (t.text()) {
                case "true", "false":
                    return Boolean.valueOf(t.text());
                case "null":
                    return null;
                default:
                    BigDecimal n = InputComparison.asNumber(t.text());
                    if (n != null) {
                        return n;
                    }
            }
        }
        pos--;
        throw error("expected a value (true, false, null, a number or a quoted string) but found " + t.describe());
    }

    private WhenNode existsSuffix(String path, WhenToken t) {
        if (peek().isWord("exists")) {
            pos++;
            return new WhenNode.Exists(path);
        }
        pos = tokens.indexOf(t);
        throw error("'" + path + "' is not a condition: did you mean '" + path + " exists' or inputs." + path + "?");
    }

    private WhenNode hasErrors() {
        expect(Kind.LPAREN, "'(' after has_errors");
        String path = expect(Kind.STRING, "a quoted artifact path, e.g. has_errors('artifacts/diagnostics.json')")
                .text();
        List<String> kinds = List.of();
        if (accept(Kind.COMMA)) {
            if (!peek().isWord("kinds")) {
                throw error("expected kinds=[...] after the path");
            }
            pos++;
            expect(Kind.ASSIGN, "'=' after kinds");
            kinds = list();
        }
        expect(Kind.RPAREN, "')' to close has_errors(");
        return new WhenNode.HasErrors(path, kinds);
    }

    private List<String> list() {
        expect(Kind.LBRACKET, "'[' to start the list of kinds");
        List<String> items = new ArrayList<>();
        if (accept(Kind.RBRACKET)) {
            return List.copyOf(items);
        }
        do {
            WhenToken t = peek();
            if (!t.is(Kind.STRING) && !t.is(Kind.WORD)) {
                throw error("expected a kind such as 'lint' but found " + t.describe());
            }
            pos++;
            items.add(t.text());
        } while (accept(Kind.COMMA));
        expect(Kind.RBRACKET, "']' to close the list of kinds");
        return List.copyOf(items);
    }

    private WhenNode success() {
        expect(Kind.LPAREN, "'(' after success");
        WhenToken id = peek();
        if (!id.is(Kind.WORD) && !id.is(Kind.STRING)) {
            throw error("expected a step id such as 1.001 but found " + id.describe());
        }
        pos++;
        steps.add(id.text());
        expect(Kind.RPAREN, "')' to close success(");
        return new WhenNode.Success(id.text());
    }

    private WhenNode existsCall() {
        expect(Kind.LPAREN, "'(' after exists, or put the path before it: 'artifacts/x.json exists'");
        WhenToken path = peek();
        if (!path.is(Kind.WORD) && !path.is(Kind.STRING)) {
            throw error("expected a path but found " + path.describe());
        }
        pos++;
        expect(Kind.RPAREN, "')' to close exists(");
        return new WhenNode.Exists(path.text());
    }

    private WhenToken peek() {
        return tokens.get(pos);
    }

    private boolean accept(Kind kind) {
        if (peek().is(kind)) {
            pos++;
            return true;
        }
        return false;
    }

    private WhenToken expect(Kind kind, String what) {
        WhenToken t = peek();
        if (!t.is(kind)) {
            throw error("expected " + what + " but found " + t.describe());
        }
        pos++;
        return t;
    }

    private WhenSyntaxException error(String message) {
        return new WhenSyntaxException(message, peek().start());
    }
}
