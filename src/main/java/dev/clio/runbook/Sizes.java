package dev.clio.runbook;

/** Byte sizes as runbooks write them: {@code 512B}, {@code 64KiB}, {@code 1MiB} (the schema checks the form). */
final class Sizes {

    private Sizes() {
    }

    static long parse(String text) {
        long unit = text.endsWith("MiB") ? 1024 * 1024 : text.endsWith("KiB") ? 1024 : 1;
        String digits = text.replaceAll("[^0-9]", "");
        return Long.parseLong(digits) * unit;
    }
}
