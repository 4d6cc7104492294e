package dev.clio.server;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Request ids for the {@code X-Request-Id} header. An incoming id is echoed only when it is short and made of safe
 * characters, so a header value can never carry CR/LF or other bytes into our response or logs.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    static String accept(String incoming) {
        return incoming != null && SAFE.matcher(incoming).matches() ? incoming : generate();
    }

    static String generate() {
        return "req_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
