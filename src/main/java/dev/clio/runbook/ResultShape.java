package dev.clio.runbook;

import dev.clio.engine.workflow.Suggestions;
import dev.clio.runbook.ValuePath.Segment;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The JSON shape of a call's result, read from its record class (OpsJson writes record components in snake_case),
 * so a verdict path that names a field the result never has is an error when the file is loaded, not a silent "no
 * value" at three in the morning.
 */
final class ResultShape {

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

    private ResultShape() {
    }

    /** A result to check paths against: what it is called in messages, its record class, whether it is a list. */
    record Root(String label, Class<?> resultType, boolean list) {
        static Root of(Calls.CallSpec call) {
            return new Root(call.operation().id(), call.resultType(), call.list());
        }
    }

    /** What a path resolves to: a list, an object, or a scalar. */
    enum Kind { LIST, OBJECT, SCALAR, ANY }

    /** Checks {@code path} from the root of a call's result; empty when fine, else the problem in a sentence. */
    static Optional<String> check(Root call, List<Segment> path, Kind expected) {
        Type root = call.list() ? listOf(call.resultType()) : call.resultType();
        Type at = root;
        boolean atRoot = true;
        for (Segment s : path) {
            if (atRoot && call.list()) {
                atRoot = false;
                if (!"items".equals(s.name())) {
                    return Optional.of("the result of " + call.label() + " is a list; start the path with "
                            + "'items', e.g. count(items)");
                }
                continue;
            }
            atRoot = false;
            Optional<Type> next = step(at, s);
            if (next.isEmpty()) {
                return Optional.of(problem(call, at, s));
            }
            at = next.get();
        }
        return kindMatches(at, expected) ? Optional.empty() : Optional.of("'" + describe(path)
                + "' is " + article(kind(at)) + ", not " + article(expected));
    }

    /** The element type when {@code path} names a list of {@code call}'s result. */
    static Optional<Type> elementOf(Root call, List<Segment> path) {
        if (TableColumns.isRows(call.resultType(), path)) {
            return Optional.of(TableColumns.Row.class);
        }
        Type at = call.list() ? listOf(call.resultType()) : call.resultType();
        boolean atRoot = true;
        for (Segment s : path) {
            if (atRoot && call.list()) {
                atRoot = false;
                continue;
            }
            atRoot = false;
            at = step(at, s).orElse(null);
            if (at == null) {
                return Optional.empty();
            }
        }
        return at instanceof ParameterizedType p && kind(at) == Kind.LIST
                ? Optional.of(p.getActualTypeArguments()[0]) : Optional.empty();
    }

    /** Checks a field path inside one element of type {@code element}. */
    static Optional<String> checkField(Root call, Type element, List<Segment> field) {
        if (element == TableColumns.Row.class) {
            return TableColumns.check(call.label(), field);
        }
        Type at = element;
        for (Segment s : field) {
            Optional<Type> next = step(at, s);
            if (next.isEmpty()) {
                return Optional.of(problem(call, at, s));
            }
            at = next.get();
        }
        return kind(at) == Kind.SCALAR || kind(at) == Kind.ANY ? Optional.empty()
                : Optional.of("'" + describe(field) + "' is " + article(kind(at)) + ", not a value");
    }

    private static Optional<Type> step(Type at, Segment s) {
        Kind k = kind(at);
        if (s.isSelector()) {
            // the element type, once the selector's field is one of its fields
            Optional<Type> element = step(at, Segment.at(0));
            return element.flatMap(e -> step(e, Segment.field(s.whereField())).map(f -> e));
        }
        if (s.index() != null) {
            return k == Kind.LIST && at instanceof ParameterizedType p ? Optional.of(p.getActualTypeArguments()[0])
                    : Optional.empty();
        }
        if (k == Kind.ANY) {
            return Optional.of(Object.class);
        }
        if (at instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return Optional.of(p.getActualTypeArguments()[1]);
        }
        if (at instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (snake(rc.getName()).equals(s.name())) {
                    return Optional.of(rc.getGenericType());
                }
            }
        }
        return Optional.empty();
    }

    private static String problem(Root call, Type at, Segment s) {
        if (s.isSelector()) {
            Optional<Type> element = step(at, Segment.at(0));
            if (element.isEmpty()) {
                return "[" + s.whereField() + " == ...] selects from something that is not a list";
            }
            return problem(call, element.get(), Segment.field(s.whereField()));
        }
        if (s.index() != null) {
            return "[" + s.index() + "] indexes something that is not a list";
        }
        List<String> fields = fields(at);
        if (fields.isEmpty()) {
            return "'" + s.name() + "' reads into a value that has no fields";
        }
        String hint = Suggestions.closest(s.name(), fields).map(f -> "did you mean '" + f + "'? ").orElse("");
        return "the result of " + call.label() + " has no field '" + s.name() + "' here; " + hint
                + "fields: " + String.join(", ", fields);
    }

    private static List<String> fields(Type at) {
        List<String> out = new ArrayList<>();
        if (at instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                out.add(snake(rc.getName()));
            }
        }
        return out;
    }

    static Kind kind(Type t) {
        Class<?> raw = t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : t instanceof Class<?> c ? c
                : Object.class;
        if (Collection.class.isAssignableFrom(raw)) {
            return Kind.LIST;
        }
        if (raw == Object.class) {
            return Kind.ANY;
        }
        if (raw.isRecord() || Map.class.isAssignableFrom(raw)) {
            return Kind.OBJECT;
        }
        return Kind.SCALAR;
    }

    private static boolean kindMatches(Type t, Kind expected) {
        Kind k = kind(t);
        return k == expected || k == Kind.ANY || expected == Kind.ANY;
    }

    private static String article(Kind k) {
        return switch (k) {
            case LIST -> "a list";
            case OBJECT -> "an object";
            case SCALAR -> "a single value";
            case ANY -> "anything";
        };
    }

    private static String describe(List<Segment> path) {
        StringBuilder b = new StringBuilder();
        for (Segment s : path) {
            b.append(s.isSelector() ? "[" + s.whereField() + " == " + s.whereValue() + "]"
                    : s.index() != null ? "[" + s.index() + "]" : (b.isEmpty() ? "" : ".") + s.name());
        }
        return b.toString();
    }

    static String snake(String camel) {
        return CAMEL.matcher(camel).replaceAll("$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Type listOf(Class<?> element) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {element};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
