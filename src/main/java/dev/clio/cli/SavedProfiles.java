package dev.clio.cli;

import dev.clio.connections.ConnectionFactory;
import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.ConnectionStore;
import dev.clio.connections.ConnectionStoreException;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import java.util.regex.Pattern;

/** The saved connections as the command line sees them: the store of the CLI's environment, errors as one line. */
final class SavedProfiles {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private SavedProfiles() {
    }

    static ConnectionStore store(CliContext context) {
        return ConnectionStore.fromEnvironment(context.environment());
    }

    /** Whether {@code --connection} names a saved connection rather than giving a URL. */
    static boolean looksLikeName(String value) {
        return NAME.matcher(value).matches();
    }

    /** @throws OpsException INVALID_REQUEST when it is not saved or the file cannot be read */
    static ConnectionProfile find(CliContext context, String name) {
        try {
            return store(context).get(name).profile();
        } catch (ConnectionStoreException e) {
            throw OpsException.invalid(e.getMessage() + (e.getMessage().startsWith("no saved connection")
                    ? " (or give a URL, e.g. --connection http://127.0.0.1:8080)" : ""));
        }
    }

    /** The connection's Operations, paging on incident changes when it has a routing key (docs/monitoring.md). */
    static Operations paging(CliContext context, ConnectionProfile profile, Operations ops) {
        try {
            return ConnectionFactory.paging(profile, ops, store(context).routingKeyForPaging(profile.name()));
        } catch (ConnectionStoreException | IllegalArgumentException e) {
            ops.close();
            throw OpsException.invalid(e.getMessage());
        }
    }

    static String key(CliContext context, String name) {
        try {
            return store(context).keyForOpening(name);
        } catch (ConnectionStoreException e) {
            throw OpsException.invalid(e.getMessage());
        }
    }
}
