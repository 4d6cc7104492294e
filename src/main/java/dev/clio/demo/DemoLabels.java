package dev.clio.demo;

import dev.clio.security.ApiKeyService;
import dev.clio.security.KeyInfo;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the effects of {@link DemoLoad} are recognised wherever they show: its requests carry one of its API keys, whose
 * description starts with {@link #KEY_DESCRIPTION_PREFIX}; the server records those keys as {@code key:<prefix>} (the
 * execution's user, the audit log's actor, the access log's key column); its executions carry the input
 * {@link #INPUT}{@code =true}; the keys were created by {@link #CREATOR}. docs/demo.md lists where each shows.
 */
public final class DemoLabels {

    public static final String KEY_DESCRIPTION_PREFIX = "demo-load-";
    /** The execution input every demo execution carries, with the value {@code true}. */
    public static final String INPUT = "demo";
    /** The identity that created (and revoked) the demo keys in the key file and the audit log. */
    public static final String CREATOR = DemoKeys.CREATOR.identity();

    private DemoLabels() {
    }

    /**
     * The identities ({@code key:<prefix>}) of every demo key in the workspace's key file, those of earlier sessions
     * included, so history written by an earlier demo is labelled too. Reads the key file (cached by the service).
     */
    public static Set<String> identities(ApiKeyService keys) {
        return keys.list().stream().filter(DemoLabels::isDemoKey).map(k -> "key:" + k.prefix())
                .collect(Collectors.toUnmodifiableSet());
    }

    public static boolean isDemoKey(KeyInfo key) {
        return key.description() != null && key.description().startsWith(KEY_DESCRIPTION_PREFIX);
    }
}
