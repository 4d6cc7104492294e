package dev.clio.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and atomically rewrites the YAML config file: a flat mapping of keys to scalars. */
final class ConfigFile {

    /** Far above any real config; a cap before parsing keeps a hostile file from eating memory. */
    static final int MAX_BYTES = 1 << 20;

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private ConfigFile() {
    }

    /** The file's mapping in file order, or an empty map when the file does not exist. */
    static Map<String, Object> read(Path file) throws SettingsException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw SettingsException.of(file + ": larger than " + MAX_BYTES + " bytes; is this the config file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new LinkedHashMap<>();
        } catch (AccessDeniedException e) {
            throw new SettingsException(file + ": permission denied", e);
        } catch (IOException e) {
            throw new SettingsException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(file, bytes);
    }

    private static Map<String, Object> parse(Path file, byte[] bytes) throws SettingsException {
        try {
            JsonNode root = YAML.readTree(bytes);
            if (root == null || root.isMissingNode() || root.isNull()) {
                return new LinkedHashMap<>();
            }
            if (!root.isObject()) {
                throw SettingsException.of(file + ": must be a mapping of keys to values, like 'port: 8080'");
            }
            return YAML.convertValue(root, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr() + ":";
            throw new SettingsException(file + ":" + where + " not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SettingsException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the file with {@code values} atomically: a temp file in the same directory, flushed to disk, then
     * renamed over the old one, so a reader sees the old or the new file and never half of one. A new file is
     * readable by its owner only, since it may hold secrets; an existing file keeps its permissions.
     */
    static void write(Path file, Map<String, Object> values) throws SettingsException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            copyPermissions(file, temp);
            Files.write(temp, YAML.writeValueAsBytes(values));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            throw new SettingsException("cannot write " + file + ": directory " + dir + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new SettingsException("cannot write " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new SettingsException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null && Files.exists(from)) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the rename already happened or the directory vanished; a stray .tmp file is harmless
        }
    }
}
