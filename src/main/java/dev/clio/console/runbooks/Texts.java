package dev.clio.console.runbooks;

import dev.clio.console.common.Styles;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The words, icons and style classes the view shows for verdicts, kinds and durations. */
final class Texts {

    private Texts() {
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s % 3600 == 0 && s >= 3600) {
            return s / 3600 + " h";
        }
        if (s % 60 == 0 && s >= 60) {
            return s / 60 + " min";
        }
        return s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s";
    }

    /** {@code restart container=web-1}: the operation and its arguments as they will be sent. */
    static String call(String operation, Map<String, String> args) {
        if (args.isEmpty()) {
            return operation;
        }
        return operation + " " + args.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    /** The verdict as a word for the card: {@code PASS}, {@code WARN}, {@code FAIL}; empty for none. */
    static String verdictWord(String verdict) {
        return verdict == null || verdict.equals("none") ? "" : verdict.toUpperCase(Locale.ROOT);
    }

    static String verdictIcon(String verdict) {
        return switch (verdict == null ? "none" : verdict) {
            case "pass" -> "mdi2c-check-circle-outline";
            case "warn" -> "mdi2a-alert-outline";
            case "fail" -> "mdi2c-close-circle-outline";
            default -> "mdi2i-information-outline";
        };
    }

    static String verdictStyle(String verdict) {
        return switch (verdict == null ? "none" : verdict) {
            case "pass" -> Styles.OK;
            case "warn" -> Styles.WARN;
            case "fail" -> Styles.CRIT;
            default -> Styles.MUTED;
        };
    }

    /** A status that is not "ok" says so before the verdict: refused, failed, skipped. */
    static String statusStyle(String status) {
        return switch (status) {
            case "ok" -> Styles.OK;
            case "refused", "skipped" -> Styles.WARN;
            default -> Styles.CRIT;
        };
    }

    static String kindIcon(String kind) {
        return switch (kind) {
            case "investigation" -> "mdi2m-magnify";
            case "remediation" -> "mdi2w-wrench-outline";
            case "manual" -> "mdi2h-hand-back-right-outline";
            default -> "mdi2c-console";
        };
    }
}
