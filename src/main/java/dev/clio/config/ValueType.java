package dev.clio.config;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** How a setting's text becomes a typed value ({@link String}, {@link Long}, {@link Double} or {@link Boolean}). */
public final class ValueType {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:%\\[\\]-]+");
    private static final Pattern ENGINE = Pattern.compile("|unix:///[^\\s]+|tcp://[A-Za-z0-9.\\[\\]:-]+:\\d{1,5}/?");
    private static final List<String> TRUE = List.of("true", "yes", "on", "1");
    private static final List<String> FALSE = List.of("false", "no", "off", "0");

    private final String expected;
    private final Function<String, Optional<Object>> parser;

    private ValueType(String expected, Function<String, Optional<Object>> parser) {
        this.expected = expected;
        this.parser = parser;
    }

    /** What a valid value looks like, for messages: {@code an integer from 1 to 65535}. */
    public String expected() {
        return expected;
    }

    /** The typed value, or empty when the text is not valid. */
    public Optional<Object> parse(String text) {
        return parser.apply(text.strip());
    }

    static ValueType text() {
        return new ValueType("any text", Optional::of);
    }

    static ValueType nonEmpty() {
        return new ValueType("a non-empty text", t -> t.isEmpty() ? Optional.empty() : Optional.of(t));
    }

    static ValueType host() {
        return new ValueType("a host name or IP address such as 127.0.0.1",
                t -> HOST.matcher(t).matches() ? Optional.of(t) : Optional.empty());
    }

    static ValueType integer(long min, long max) {
        return new ValueType("an integer from " + min + " to " + max, t -> {
            try {
                long value = Long.parseLong(t);
                return value >= min && value <= max ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    static ValueType decimal(double min, double max) {
        return new ValueType("a number from " + min + " to " + max, t -> {
            try {
                double value = Double.parseDouble(t);
                return value >= min && value <= max ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    static ValueType bool() {
        return new ValueType("true or false", t -> {
            String lower = t.toLowerCase(Locale.ROOT);
            return TRUE.contains(lower) ? Optional.of(true)
                    : FALSE.contains(lower) ? Optional.of(false) : Optional.empty();
        });
    }

    /** One of the values, case-insensitive, normalised to the case written here. */
    static ValueType choice(String... values) {
        return new ValueType("one of " + String.join(", ", values), t -> {
            for (String value : values) {
                if (value.equalsIgnoreCase(t)) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        });
    }

    static ValueType logLevel() {
        ValueType levels = choice("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
        return new ValueType(levels.expected, t -> "WARNING".equalsIgnoreCase(t) ? Optional.of("WARN")
                : levels.parser.apply(t));
    }

    static ValueType httpUrl() {
        return new ValueType("an http:// or https:// URL with a host", t -> {
            try {
                URI uri = new URI(t);
                boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
                return http && uri.getHost() != null ? Optional.of(t) : Optional.empty();
            } catch (java.net.URISyntaxException e) {
                return Optional.empty();
            }
        });
    }

    static ValueType databaseUrl() {
        return new ValueType("empty (SQLite in the workspace), postgresql://user[:password]@host[:port]/db,"
                + " or sqlite:PATH", t -> DatabaseUrl.isValid(t) ? Optional.of(t) : Optional.empty());
    }

    /** Empty, {@code unix:///absolute/path} or {@code tcp://host:port}; the container gateway checks the same. */
    static ValueType engineEndpoint() {
        return new ValueType("empty (DOCKER_HOST, else unix:///var/run/docker.sock), unix:///path/to/socket or "
                + "tcp://host:port", t -> ENGINE.matcher(t).matches() ? Optional.of(t) : Optional.empty());
    }
}
