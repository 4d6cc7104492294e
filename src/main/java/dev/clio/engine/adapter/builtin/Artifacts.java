package dev.clio.engine.adapter.builtin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.clio.engine.adapter.StepContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Writing artifacts and the JSON they usually hold. */
public final class Artifacts {

    /** Shared, configured once; ObjectMapper is thread-safe after configuration. */
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Artifacts() {
    }

    /** Writes JSON at a workspace-relative path and returns that path as written in the step result. */
    public static String writeJson(StepContext context, String relativePath, Object value) throws IOException {
        return write(context, relativePath, JSON.writeValueAsBytes(value));
    }

    public static String writeText(StepContext context, String relativePath, String text) throws IOException {
        return write(context, relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public static String write(StepContext context, String relativePath, byte[] content) throws IOException {
        Path written = context.writeArtifact(relativePath, content);
        Path root = context.workspace().toAbsolutePath().normalize();
        Path absolute = written.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : relativePath;
    }

    /** ISO-8601 UTC with second precision, from the step's clock (the original hard-coded one date). */
    public static String timestamp(StepContext context) {
        Instant now = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        return DateTimeFormatter.ISO_INSTANT.format(now.atOffset(ZoneOffset.UTC));
    }
}
