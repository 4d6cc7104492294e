package dev.clio.connections;

import dev.clio.security.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One owner-only file per connection's secret: {@code keys/NAME.key} for API keys, {@code paging-keys/NAME.key} for
 * routing keys; directory 700, file 600, written atomically.
 */
final class KeyFiles {

    private final Path directory;
    private final String noun;

    KeyFiles(Path directory) {
        this(directory, "API key");
    }

    /** @param noun what the files hold, for messages ("API key", "routing key") */
    KeyFiles(Path directory, String noun) {
        this.directory = directory;
        this.noun = noun;
    }

    boolean exists(String name) {
        return Files.isRegularFile(file(name));
    }

    void write(String name, String key) {
        try {
            PrivateFiles.ensureDirectory(directory);
            PrivateFiles.writeAtomically(file(name), (key + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new ConnectionStoreException("cannot write the " + noun + " of '" + name + "' under " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    /** The key, or null when none is stored. */
    String read(String name) {
        try {
            String key = Files.readString(file(name), StandardCharsets.US_ASCII).strip();
            return key.isEmpty() ? null : key;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new ConnectionStoreException("cannot read the " + noun + " of '" + name + "' from " + file(name) + ": "
                    + e.getMessage(), e);
        }
    }

    void delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new ConnectionStoreException("cannot delete " + file(name) + ": " + e.getMessage(), e);
        }
    }

    void move(String from, String to) {
        try {
            if (Files.exists(file(from))) {
                Files.move(file(from), file(to), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ConnectionStoreException("cannot move the " + noun + " of '" + from + "' to '" + to + "': "
                    + e.getMessage(), e);
        }
    }

    private Path file(String name) {
        // the name rule keeps the file inside the directory: no separators, no leading dot
        return directory.resolve(ConnectionProfile.checkName(name) + ".key");
    }
}
