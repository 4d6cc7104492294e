package dev.clio.engine.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Step results under {@code cache/}, keyed by SHA-256 of (actor, resolved {@code with}, path and content hash of every
 * input file). Entries are JSON written atomically; artifact contents are kept once per content hash in
 * {@code cache/blobs/} so that a hit can put back an artifact that was deleted or changed since.
 */
final class StepCache {

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Path root;
    private final Path dir;
    private final Clock clock;
    private final Duration ttl;

    StepCache(Path workspaceRoot, Clock clock, Duration ttl) {
        this.root = workspaceRoot;
        this.dir = workspaceRoot.resolve("cache");
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A cached step outcome. */
    record Entry(long createdAtMillis, String actor, long tokensUsed, String output, Map<String, String> artifacts) {
    }

    String key(String actor, Map<String, Object> with, List<String> patterns) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String file : InputFiles.match(root, patterns)) {
            files.put(file, sha256(Files.readAllBytes(root.resolve(file))));
        }
        Map<String, Object> material = new LinkedHashMap<>();
        material.put("actor", actor);
        material.put("with", with);
        material.put("files", files);
        return sha256(JSON.writeValueAsBytes(material));
    }

    /** A fresh entry whose artifacts are (or could be put back) in place; restores those that are missing. */
    Optional<Entry> lookup(String key) throws IOException {
        Path file = dir.resolve(key + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Entry entry = JSON.readValue(file.toFile(), Entry.class);
        if (clock.millis() - entry.createdAtMillis() >= ttl.toMillis()) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> artifact : entry.artifacts().entrySet()) {
            if (!restore(artifact.getKey(), artifact.getValue())) {
                return Optional.empty();
            }
        }
        return Optional.of(entry);
    }

    void store(String key, String actor, long tokensUsed, String output, List<String> artifacts) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (String artifact : artifacts) {
            Path path = root.resolve(artifact);
            if (Files.isRegularFile(path)) {
                byte[] content = Files.readAllBytes(path);
                String hash = sha256(content);
                Path blob = dir.resolve("blobs").resolve(hash);
                if (!Files.exists(blob)) {
                    AtomicFiles.write(blob, content);
                }
                hashes.put(artifact, hash);
            }
        }
        Entry entry = new Entry(clock.millis(), actor, tokensUsed, output, hashes);
        AtomicFiles.write(dir.resolve(key + ".json"), JSON.writeValueAsBytes(entry));
    }

    private boolean restore(String artifact, String hash) throws IOException {
        Path target = root.resolve(artifact).normalize();
        if (!target.startsWith(root)) {
            return false;
        }
        if (Files.isRegularFile(target) && sha256(Files.readAllBytes(target)).equals(hash)) {
            return true;
        }
        Path blob = dir.resolve("blobs").resolve(hash);
        if (!Files.isRegularFile(blob)) {
            return false;
        }
        AtomicFiles.write(target, Files.readAllBytes(blob));
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
