package dev.clio.integrations.ai;

/** Joins a configured base URL and an API path, whether or not the base already ends with /v1. */
final class Endpoints {

    private Endpoints() {
    }

    static String join(String baseUrl, String pathAfterV1) {
        String base = baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new IllegalArgumentException("AI base URL must start with http:// or https://, got '" + baseUrl
                    + "'");
        }
        return (base.endsWith("/v1") ? base : base + "/v1") + pathAfterV1;
    }
}
