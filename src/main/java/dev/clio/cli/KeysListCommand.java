package dev.clio.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.clio.security.ApiKeyService;
import dev.clio.security.AuditLog;
import dev.clio.security.KeyInfo;
import dev.clio.workspace.Workspace;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List API keys: id, prefix, role, status, dates and description (never the key itself).")
final class KeysListCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    WorkspaceOption workspace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workspace ws = workspace.workspace();
        List<KeyInfo> keys;
        try (ApiKeyService service = ApiKeyService.open(ws.security());
                AuditLog audit = AuditLog.open(ws.security())) {
            keys = KeysCommand.audited(audit, "keys.list", Map.of("format", format.name()), k -> null, service::list);
        }
        Instant now = Instant.now();
        if (format == Format.json) {
            spec.commandLine().getOut().println(JsonMapper.builder().addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()
                    .writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("keys", json(keys, now))));
        } else if (keys.isEmpty()) {
            spec.commandLine().getOut().println("No API keys yet: create one with 'cli-orchestrator keys create "
                    + "--role viewer'.");
        } else {
            KeyTable.print(keys, now, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    private static List<Map<String, Object>> json(List<KeyInfo> keys, Instant now) {
        return keys.stream().map(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", k.id());
            m.put("prefix", k.prefix());
            m.put("role", k.role().label());
            m.put("status", k.status(now).label());
            m.put("description", k.description());
            m.put("created_at", k.createdAt());
            m.put("created_by", k.createdBy());
            m.put("expires_at", k.expiresAt());
            m.put("revoked_at", k.revokedAt());
            m.put("last_used_at", k.lastUsedAt());
            return m;
        }).toList();
    }
}
