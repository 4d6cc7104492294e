package dev.clio.connections;

import dev.clio.security.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The user's saved connections: {@code connections.yaml} in the {@link ConfigDirectory}, and the API key of each
 * remote profile in {@code keys/NAME.key}, readable only by the user (directory 700, file 600). Keys are written here
 * and read back only by {@link #keyForOpening}; listings say {@link SavedConnection#hasKey()} and nothing more.
 *
 * <p>Every change re-reads the file, writes the new text atomically (temp file + rename) and keeps the previous text
 * as {@code connections.yaml.bak}. A malformed file is never overwritten: every call fails with the file and line of
 * the problem until the user fixes it or calls {@link #setAsideMalformed()}. Thread-safe within a process; two
 * processes changing the file at the same moment may lose one change, never corrupt the file.
 */
public final class ConnectionStore {

    static final String FILE = "connections.yaml";
    private static final int MAX_KEY_CHARS = 512;

    private final Path directory;
    private final Path file;
    private final KeyFiles keys;
    private final KeyFiles routingKeys;
    private final Clock clock;

    public ConnectionStore(Path directory) {
        this(directory, Clock.systemUTC());
    }

    ConnectionStore(Path directory, Clock clock) {
        this.directory = directory.toAbsolutePath().normalize();
        this.file = this.directory.resolve(FILE);
        this.keys = new KeyFiles(this.directory.resolve("keys"));
        this.routingKeys = new KeyFiles(this.directory.resolve("paging-keys"), "routing key");
        this.clock = clock;
    }

    /** The store in this user's configuration directory. */
    public static ConnectionStore forUser() {
        return new ConnectionStore(ConfigDirectory.forUser());
    }

    /** The store for this environment's variables (see {@link ConfigDirectory}). */
    public static ConnectionStore fromEnvironment(UnaryOperator<String> env) {
        return new ConnectionStore(ConfigDirectory.fromEnvironment(env));
    }

    public Path file() {
        return file;
    }

    /** Every saved connection, in the order they were added. Blocks briefly on file IO. */
    public synchronized List<SavedConnection> list() {
        ConnectionsFile.Contents c = read();
        return c.profiles().stream().map(p -> saved(p, c)).toList();
    }

    public synchronized Optional<SavedConnection> find(String name) {
        ConnectionsFile.Contents c = read();
        return c.profiles().stream().filter(p -> p.name().equals(name)).findFirst().map(p -> saved(p, c));
    }

    /** @throws ConnectionStoreException when there is no connection of that name, listing the ones there are */
    public synchronized SavedConnection get(String name) {
        return find(name).orElseThrow(() -> new ConnectionStoreException(missing(name)));
    }

    /** The connection opened most recently, if it is still saved. */
    public synchronized Optional<SavedConnection> lastUsed() {
        ConnectionsFile.Contents c = read();
        return c.lastUsedOrNull() == null ? Optional.empty() : find(c.lastUsedOrNull());
    }

    /** @throws ConnectionStoreException when a connection of that name exists already */
    public synchronized void add(ConnectionProfile profile) {
        ConnectionsFile.Contents c = read();
        if (index(c, profile.name()) >= 0) {
            throw new ConnectionStoreException("a connection named '" + profile.name() + "' is already saved; "
                    + "choose another name or remove it first");
        }
        List<ConnectionProfile> profiles = new ArrayList<>(c.profiles());
        profiles.add(profile);
        write(c, new ConnectionsFile.Contents(profiles, c.lastUsedOrNull()));
    }

    /**
     * Replaces the connection named {@code currentName} with {@code profile}, which may carry a new name: its key and
     * last-used mark move with it. A remote profile turned embedded loses its key.
     */
    public synchronized void update(String currentName, ConnectionProfile profile) {
        ConnectionsFile.Contents c = read();
        int at = index(c, currentName);
        if (at < 0) {
            throw new ConnectionStoreException(missing(currentName));
        }
        boolean renamed = !currentName.equals(profile.name());
        if (renamed && index(c, profile.name()) >= 0) {
            throw new ConnectionStoreException("a connection named '" + profile.name() + "' is already saved");
        }
        List<ConnectionProfile> profiles = new ArrayList<>(c.profiles());
        profiles.set(at, profile);
        String last = currentName.equals(c.lastUsedOrNull()) ? profile.name() : c.lastUsedOrNull();
        write(c, new ConnectionsFile.Contents(profiles, last));
        if (!profile.remote()) {
            keys.delete(currentName);
        } else if (renamed) {
            keys.move(currentName, profile.name());
        }
        if (renamed) {
            routingKeys.move(currentName, profile.name());
        }
    }

    /** Removes the connection and its key; removing one that is not saved changes nothing. */
    public synchronized void remove(String name) {
        ConnectionsFile.Contents c = read();
        int at = index(c, name);
        if (at >= 0) {
            List<ConnectionProfile> profiles = new ArrayList<>(c.profiles());
            profiles.remove(at);
            write(c, new ConnectionsFile.Contents(profiles, name.equals(c.lastUsedOrNull()) ? null
                    : c.lastUsedOrNull()));
        }
        keys.delete(name);
        routingKeys.delete(name);
    }

    /** Remembers the connection the console or CLI opened, so the next start opens it again. */
    public synchronized void markUsed(String name) {
        ConnectionsFile.Contents c = read();
        if (index(c, name) < 0) {
            throw new ConnectionStoreException(missing(name));
        }
        if (!name.equals(c.lastUsedOrNull())) {
            write(c, new ConnectionsFile.Contents(c.profiles(), name));
        }
    }

    /**
     * Stores the API key of a remote connection in its owner-only file. The key is never echoed, not even in errors.
     *
     * @throws ConnectionStoreException when the connection is missing or embedded, or the key cannot be a key
     */
    public synchronized void storeKey(String name, String apiKey) {
        SavedConnection saved = get(name);
        if (!saved.profile().remote()) {
            throw new ConnectionStoreException("connection '" + name + "' is embedded: it needs no API key");
        }
        String key = Objects.requireNonNullElse(apiKey, "").strip();
        if (key.isEmpty() || key.length() > MAX_KEY_CHARS || key.chars().anyMatch(ch -> ch <= ' ' || ch > '~')) {
            throw new ConnectionStoreException("that is not an API key: a key is one word of printable characters, "
                    + "exactly as 'cli-orchestrator keys create' printed it");
        }
        keys.write(name, key);
    }

    public synchronized void deleteKey(String name) {
        keys.delete(name);
    }

    /**
     * The stored API key, for opening the connection and nothing else (never show or log it); null when none is
     * stored. Blocks briefly on file IO.
     */
    public synchronized String keyForOpening(String name) {
        return keys.read(name);
    }

    /**
     * Stores the paging routing key of a connection (embedded or remote) in its owner-only file; from then on
     * declaring, acknowledging and resolving an incident over it pages. Never echoed, not even in errors.
     */
    public synchronized void storeRoutingKey(String name, String routingKey) {
        get(name);
        String key = Objects.requireNonNullElse(routingKey, "").strip();
        if (key.isEmpty() || key.length() > MAX_KEY_CHARS || key.chars().anyMatch(ch -> ch <= ' ' || ch > '~')) {
            throw new ConnectionStoreException("that is not a routing key: a routing key is one word of printable "
                    + "characters (the integration key of a PagerDuty service's Events API v2 integration)");
        }
        routingKeys.write(name, key);
    }

    /** Stops paging over this connection. */
    public synchronized void deleteRoutingKey(String name) {
        routingKeys.delete(name);
    }

    /** The stored routing key, for paging and nothing else (never show or log it); null when none is stored. */
    public synchronized String routingKeyForPaging(String name) {
        return routingKeys.read(name);
    }

    /**
     * Moves a malformed {@code connections.yaml} aside (to {@code connections.yaml.broken-TIMESTAMP}, so nothing is
     * lost) and starts with no connections; the keys stay. Returns where the file went, or empty when it was fine.
     */
    public synchronized Optional<Path> setAsideMalformed() {
        try {
            read();
            return Optional.empty();
        } catch (ConnectionStoreException malformed) {
            if (!Files.exists(file)) {
                throw malformed;
            }
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(clock.getZone())
                    .format(clock.instant());
            Path aside = directory.resolve(FILE + ".broken-" + stamp);
            try {
                Files.move(file, aside);
            } catch (IOException e) {
                throw new ConnectionStoreException("cannot move " + file + " aside: " + e.getMessage(), e);
            }
            return Optional.of(aside);
        }
    }

    private ConnectionsFile.Contents read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return ConnectionsFile.Contents.empty();
        } catch (IOException e) {
            throw new ConnectionStoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return ConnectionsFile.parse(file, text);
        } catch (ConnectionStoreException e) {
            throw new ConnectionStoreException(e.getMessage() + ". Nothing was changed: fix the file, or move it "
                    + "aside (the console offers to) to start again with no saved connections", e);
        }
    }

    private void write(ConnectionsFile.Contents before, ConnectionsFile.Contents after) {
        try {
            PrivateFiles.ensureDirectory(directory);
            if (Files.exists(file)) {
                PrivateFiles.writeAtomically(directory.resolve(FILE + ".bak"), ConnectionsFile.render(before)
                        .getBytes(StandardCharsets.UTF_8));
            }
            PrivateFiles.writeAtomically(file, ConnectionsFile.render(after).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConnectionStoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private SavedConnection saved(ConnectionProfile p, ConnectionsFile.Contents c) {
        return new SavedConnection(p, p.remote() && keys.exists(p.name()),
                p.name().equals(c.lastUsedOrNull()), routingKeys.exists(p.name()));
    }

    private String missing(String name) {
        List<String> names = read().profiles().stream().map(ConnectionProfile::name).toList();
        return "no saved connection named '" + name + "'" + (names.isEmpty() ? "; add one with 'cli-orchestrator "
                + "connections add'" : "; saved: " + String.join(", ", names));
    }

    private static int index(ConnectionsFile.Contents c, String name) {
        List<ConnectionProfile> profiles = c.profiles();
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
