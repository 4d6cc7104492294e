package dev.clio.server;

import java.util.concurrent.ThreadLocalRandom;
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

    /** 80 random bits as 20 hex digits; not a secret, so no SecureRandom (its lock would serialise requests). */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String high = Long.toHexString(random.nextLong() | Long.MIN_VALUE).substring(0, 16);
        String low = Integer.toHexString((random.nextInt() & 0xffff) | 0x10000).substring(1);
        return "req_" + high + low;
    }
}
