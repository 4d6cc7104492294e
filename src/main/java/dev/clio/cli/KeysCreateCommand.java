package dev.clio.cli;

import dev.clio.security.ApiKeyService;
import dev.clio.security.AuditLog;
import dev.clio.security.Caller;
import dev.clio.security.CreatedKey;
import dev.clio.security.Expiry;
import dev.clio.security.Role;
import dev.clio.workspace.Workspace;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create an API key and print it once: only its SHA-256 digest is kept, so it cannot be shown "
                + "again.")
final class KeysCreateCommand implements Callable<Integer> {

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "viewer (read), operator (also run workflows and remediations) or admin (also keys and "
                    + "config).")
    String role;

    @Option(names = "--expires", paramLabel = "WHEN", defaultValue = "90d",
            description = "Lifetime: a number followed by d, h or m (e.g. 90d, 12h, 30m), or never (default: "
                    + "${DEFAULT-VALUE}).")
    String expires;

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "",
            description = "What the key is for, shown by 'keys list'.")
    String description;

    @Mixin
    WorkspaceOption workspace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Role wanted;
        Duration lifetime;
        try {
            wanted = Role.parse(role);
            lifetime = Expiry.parse(expires);
        } catch (IllegalArgumentException e) {
            throw KeysCommand.usage(spec, e.getMessage());
        }
        Workspace ws = workspace.workspace();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("role", wanted.label());
        params.put("expires", expires);
        params.put("description", description);
        try (ApiKeyService keys = ApiKeyService.open(ws.security()); AuditLog audit = AuditLog.open(ws.security())) {
            CreatedKey created = KeysCommand.audited(audit, "keys.create", params, k -> k.info().prefix(),
                    () -> keys.create(wanted, lifetime, description, Caller.localUser()));
            print(created, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    private static void print(CreatedKey created, PrintWriter out) {
        String expiry = created.info().expiresAt() == null ? "never expires"
                : "expires " + KeyTable.time(created.info().expiresAt());
        out.printf("Created API key %s (role %s, %s, id %s).%n", created.info().prefix(), created.info().role().label(),
                expiry, created.info().id());
        out.println();
        out.println("    " + created.secret());
        out.println();
        out.println("Copy it now: it will not be shown again. Send it in the X-API-Key header.");
    }
}
