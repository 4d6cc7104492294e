package dev.clio.engine.log;

import java.nio.charset.StandardCharsets;

/** Makes request-supplied text a single printable word for a space-separated log line. */
final class Words {

    private Words() {
    }

    /** {@code -} for a missing value; spaces, control and non-ASCII characters percent-encoded as UTF-8. */
    static String word(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
