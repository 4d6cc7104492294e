package dev.clio.cli;

import dev.clio.security.ApiKeyService;
import dev.clio.security.AuditLog;
import dev.clio.security.Caller;
import dev.clio.security.KeyInfo;
import dev.clio.workspace.Workspace;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revoke an API key; a running server refuses it from its next request on.")
final class KeysRevokeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID_OR_PREFIX", description = "The key's id or prefix, as shown by 'keys "
            + "list'.")
    String reference;

    @Mixin
    WorkspaceOption workspace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workspace ws = workspace.workspace();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS); // stored times are in milliseconds
        KeyInfo key;
        try (ApiKeyService keys = ApiKeyService.open(ws.security()); AuditLog audit = AuditLog.open(ws.security())) {
            key = KeysCommand.audited(audit, "keys.revoke", Map.of("reference", reference), KeyInfo::prefix,
                    () -> keys.revoke(reference, Caller.localUser()));
        }
        if (key.revokedAt().isBefore(before)) {
            spec.commandLine().getOut().printf("API key %s was already revoked on %s.%n", key.prefix(),
                    KeyTable.time(key.revokedAt()));
        } else {
            spec.commandLine().getOut().printf("Revoked API key %s (%s%s).%n", key.prefix(), key.role().label(),
                    key.description().isEmpty() ? "" : ", \"" + key.description() + "\"");
        }
        return ExitCodes.OK;
    }
}
