package dev.clio.runbook;

import dev.clio.ops.Durations;
import dev.clio.ops.OpsException;
import dev.clio.runbook.RunbookParam.ParamType;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks a value's text form against a type, a parameter's pattern and allowed values; one sentence per problem. */
public final class ParamValues {

    /** Longest value accepted for any parameter. */
    public static final int MAX_LENGTH = 4096;

    private ParamValues() {
    }

    /** Empty when {@code value} is a valid {@code type}; else what is wrong. */
    public static Optional<String> checkType(ParamType type, String value) {
        if (value.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters");
        }
        return switch (type) {
            case STRING -> Optional.empty();
            case INTEGER -> value.matches("-?[0-9]{1,18}") ? Optional.empty()
                    : Optional.of("'" + value + "' is not a whole number");
            case NUMBER -> number(value) ? Optional.empty() : Optional.of("'" + value + "' is not a number");
            case BOOLEAN -> value.equals("true") || value.equals("false") ? Optional.empty()
                    : Optional.of("'" + value + "' is not true or false");
            case DURATION -> duration(value);
            case PATH -> path(value);
        };
    }

    /** Type, then pattern, then allowed values. */
    public static Optional<String> check(RunbookParam param, String value) {
        Optional<String> type = checkType(param.type(), value);
        if (type.isPresent()) {
            return type;
        }
        if (param.pattern() != null && !matches(param.pattern(), value)) {
            return Optional.of("'" + value + "' does not match the pattern " + param.pattern());
        }
        if (!param.allowed().isEmpty() && !param.allowed().contains(value)) {
            return Optional.of("'" + value + "' is not one of " + String.join(", ", param.allowed()));
        }
        return Optional.empty();
    }

    static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static boolean number(String value) {
        try {
            double d = Double.parseDouble(value);
            return !Double.isNaN(d) && !Double.isInfinite(d) && value.matches("[-+0-9.eE]+");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<String> duration(String value) {
        try {
            Durations.parse("value", value);
            return Optional.empty();
        } catch (OpsException e) {
            return Optional.of("'" + value + "' is not a duration; use a number and a unit s, m, h or d, e.g. 10m");
        }
    }

    /** A path must stay inside the directory it is resolved against: relative, no '..' that climbs out. */
    private static Optional<String> path(String value) {
        try {
            Path p = Path.of(value);
            if (p.isAbsolute() || value.startsWith("/") || value.startsWith("\\")) {
                return Optional.of("'" + value + "' is an absolute path; give a path inside the workspace");
            }
            if (p.normalize().startsWith("..") || value.contains("\0")) {
                return Optional.of("'" + value + "' leaves the workspace; give a path inside it");
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of("'" + value + "' is not a valid path");
        }
    }
}
