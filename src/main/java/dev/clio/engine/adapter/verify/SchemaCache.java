package dev.clio.engine.adapter.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.resource.SchemaLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled JSON schemas by file, recompiled only when the file changes: compiling costs far more than validating
 * (see performance-notes.md).
 */
final class SchemaCache {

    private record Entry(FileTime modified, long size, JsonSchema schema) {
    }

    private final ConcurrentHashMap<Path, Entry> compiled = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<SpecVersion.VersionFlag, JsonSchemaFactory> factories = new ConcurrentHashMap<>();

    /**
     * A factory that resolves {@code $ref}s to files and the bundled meta-schemas only: a schema in a workspace must
     * not make the orchestrator fetch URLs.
     */
    private static JsonSchemaFactory localOnly(SpecVersion.VersionFlag version) {
        SchemaLoader refuseRemote = iri -> {
            String uri = iri.toString();
            if (uri.startsWith("http://") || uri.startsWith("https://")) {
                throw new IllegalArgumentException("schema $ref to " + uri + " is not followed: only local schema "
                        + "files are read");
            }
            return null;
        };
        return JsonSchemaFactory.getInstance(version, builder -> builder.schemaLoaders(loaders -> loaders
                .values(list -> list.add(0, refuseRemote))));
    }

    /** The schema at {@code file} (already parsed as {@code node}); draft from {@code $schema}, else 2020-12. */
    JsonSchema schema(Path file, JsonNode node) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        Entry entry = compiled.get(file);
        if (entry != null && entry.modified.equals(modified) && entry.size == size) {
            return entry.schema;
        }
        SpecVersion.VersionFlag version = SpecVersionDetector.detectOptionalVersion(node, false)
                .orElse(SpecVersion.VersionFlag.V202012);
        JsonSchema schema = factories.computeIfAbsent(version, SchemaCache::localOnly)
                .getSchema(SchemaLocation.of(file.toUri().toString()), node);
        compiled.put(file, new Entry(modified, size, schema));
        return schema;
    }
}
