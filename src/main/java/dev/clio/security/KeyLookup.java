package dev.clio.security;

import java.util.List;

/** Finds the one key an admin means by an id, a public prefix (as listed, with or without "...") or the full secret. */
final class KeyLookup {

    private KeyLookup() {
    }

    /** @throws IllegalArgumentException with a one-line explanation when nothing or several keys match */
    static KeyRecord find(List<KeyRecord> keys, String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.endsWith("...")) {
            ref = ref.substring(0, ref.length() - 3);
        } else if (ref.endsWith("\u2026")) {
            ref = ref.substring(0, ref.length() - 1);
        }
        if (ref.isEmpty()) {
            throw new IllegalArgumentException("no key given: pass a key id or prefix as shown by 'keys list'");
        }
        String wanted = ref;
        String digest = ApiKeys.isWellFormed(wanted) ? ApiKeys.digest(wanted) : null;
        List<KeyRecord> matches = keys.stream()
                .filter(k -> k.id().equals(wanted) || k.digest().equals(digest)
                        || (wanted.length() >= ApiKeys.PREFIX.length() + 2 && k.prefix().startsWith(wanted)))
                .toList();
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("no API key matches '" + shown(wanted)
                    + "': run 'cli-orchestrator keys list' to see ids and prefixes");
        }
        if (matches.size() > 1) {
            throw new IllegalArgumentException("'" + shown(wanted) + "' matches " + matches.size() + " keys ("
                    + String.join(", ", matches.stream().map(KeyRecord::prefix).toList())
                    + "): give the full prefix or the id");
        }
        return matches.get(0);
    }

    /** Never echoes a full secret back to the terminal or a log. */
    private static String shown(String ref) {
        return ApiKeys.isWellFormed(ref) ? ApiKeys.publicPrefix(ref) + "..." : ref;
    }
}
