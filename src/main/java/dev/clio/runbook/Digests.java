package dev.clio.runbook;

import dev.clio.ops.Runbooks.Digest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The digest of a result text: first and last three lines (each cut to 200 characters) and its SHA-256. */
final class Digests {

    private static final int LINES = 3;
    private static final int WIDTH = 200;

    private Digests() {
    }

    static Digest of(String text) {
        List<String> lines = text.isEmpty() ? List.of() : text.lines().map(l -> cut(dev.clio.security.Redactor.redactText(l))).toList();
        List<String> first = lines.subList(0, Math.min(LINES, lines.size()));
        List<String> last = lines.size() <= LINES ? List.of()
                : lines.subList(Math.max(LINES, lines.size() - LINES), lines.size());
        return new Digest(first, last, lines.size(), sha256(text));
    }

    private static String cut(String line) {
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH) + "...";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
