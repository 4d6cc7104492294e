package dev.clio.integrations.docker;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Where a Docker-compatible engine listens: {@code unix:///path/to/socket} or {@code tcp://host:port}.
 *
 * @param url the endpoint as the user wrote it, normalised (no trailing slash); every engine message names it
 */
public record EngineEndpoint(String url) {

    public static final String DEFAULT = "unix:///var/run/docker.sock";

    public EngineEndpoint {
        url = check(url);
    }

    /**
     * The endpoint to use: the configured one when set, else {@code DOCKER_HOST} of the environment, else
     * {@value #DEFAULT}.
     *
     * @throws IllegalArgumentException with the expected form when the chosen value is not an endpoint
     */
    public static EngineEndpoint resolve(String configured, Map<String, String> environment) {
        if (configured != null && !configured.isBlank()) {
            return new EngineEndpoint(configured);
        }
        String fromEnv = environment == null ? null : environment.get("DOCKER_HOST");
        return new EngineEndpoint(fromEnv == null || fromEnv.isBlank() ? DEFAULT : fromEnv);
    }

    /** True when {@code text} is a usable endpoint; for settings validation. */
    public static boolean isValid(String text) {
        try {
            check(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    boolean isUnix() {
        return url.startsWith("unix://");
    }

    URI uri() {
        return URI.create(url);
    }

    private static String check(String text) {
        String t = text == null ? "" : text.strip();
        while (t.endsWith("/") && !t.equals("unix:///")) {
            t = t.substring(0, t.length() - 1);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("unix://")) {
            String path = t.substring("unix://".length());
            if (path.startsWith("/") && path.length() > 1 && path.chars().noneMatch(Character::isISOControl)) {
                return t;
            }
        } else if (lower.startsWith("tcp://")) {
            try {
                URI uri = new URI(t);
                if (uri.getHost() != null && uri.getPort() > 0 && (uri.getPath() == null || uri.getPath().isEmpty())) {
                    return t;
                }
            } catch (URISyntaxException e) {
                // reported below with the expected form
            }
        }
        throw new IllegalArgumentException("'" + t + "' is not a container engine endpoint; use unix:///path/to/socket"
                + " or tcp://host:port (default " + DEFAULT + ")");
    }

    @Override
    public String toString() {
        return url;
    }
}
