package dev.clio.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The key file {@code security/api_keys.json} (directory 700, file 600). Every change is a read-modify-write under a
 * lock file, so the CLI and a running server never lose each other's changes, and the file is replaced atomically.
 */
public final class KeyStore {

    private static final int FORMAT_VERSION = 1;
    private final Path file;
    private final Path lockFile;
    /** File locks are held per JVM, so threads of one JVM (two stores on one file) must also take a per-file lock. */
    private static final ConcurrentHashMap<Path, Object> LOCAL_LOCKS = new ConcurrentHashMap<>();
    private final Object localLock;

    public KeyStore(Path securityDirectory) {
        this.file = securityDirectory.resolve("api_keys.json");
        this.lockFile = securityDirectory.resolve("api_keys.lock");
        this.localLock = LOCAL_LOCKS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new Object());
    }

    public Path file() {
        return file;
    }

    /** The current entries; an empty list when the file does not exist yet. */
    List<KeyRecord> load() {
        try {
            return parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new SecurityStoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Applies {@code change} to the current entries and writes the result; blocks while another process writes. */
    @SuppressWarnings("try") // the lock is used only for its scope
    List<KeyRecord> update(UnaryOperator<List<KeyRecord>> change) {
        synchronized (localLock) {
            try {
                PrivateFiles.ensureFile(lockFile);
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                        FileLock held = channel.lock()) { // other processes wait here until the file is replaced
                    List<KeyRecord> next = List.copyOf(change.apply(load()));
                    byte[] json = SecurityJson.MAPPER.writerWithDefaultPrettyPrinter()
                            .writeValueAsBytes(new KeyFile(FORMAT_VERSION, next));
                    PrivateFiles.writeAtomically(file, json);
                    return next;
                }
            } catch (IOException e) {
                throw new SecurityStoreException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Identifies the file's current version (inode, size, mtime); changes whenever any process rewrites it. */
    Object stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(Objects.requireNonNullElse(a.fileKey(), ""), a.size(), a.lastModifiedTime());
        } catch (IOException e) {
            return "missing";
        }
    }

    private List<KeyRecord> parse(byte[] bytes) {
        KeyFile parsed;
        try {
            parsed = SecurityJson.MAPPER.readValue(bytes, KeyFile.class);
        } catch (JsonProcessingException e) {
            throw corrupt(shortReason(e));
        } catch (IOException e) {
            throw new SecurityStoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (parsed == null || parsed.keys() == null) {
            throw corrupt("it has no \"keys\" list");
        }
        for (KeyRecord key : parsed.keys()) {
            String problem = key == null ? "an entry is null" : key.problem();
            if (problem != null) {
                throw corrupt(problem);
            }
        }
        return List.copyOf(parsed.keys());
    }

    private SecurityStoreException corrupt(String reason) {
        return new SecurityStoreException(file + " is corrupt (" + reason + "): restore it from a backup, or move it "
                + "aside to start with no keys; until then every API key is refused");
    }

    private static String shortReason(JsonProcessingException e) {
        String reason = e.getOriginalMessage();
        if (e instanceof JsonMappingException && e.getLocation() == null) {
            return reason;
        }
        return e.getLocation() == null ? reason
                : reason + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** The file's layout: a version for future migrations, then the entries. */
    record KeyFile(int version, List<KeyRecord> keys) {
    }
}
