package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.security.ApiKeyService;
import dev.clio.security.AuditLog;
import dev.clio.security.AuditQuery;
import dev.clio.security.AuditRecord;
import dev.clio.security.AuthFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {

    private static final Pattern SECRET = Pattern.compile("clio_[A-Za-z0-9_-]{43}");
    @TempDir
    Path ws;

    @Test
    void createPrintsTheKeyOnceWithAWarningAndTheServiceAcceptsIt() {
        MainTest.Captured run = run("keys", "create", "--role", "operator", "--expires", "12h", "--description",
                "ci deploys", "--workspace", ws.toString());
        assertThat(run.code()).isZero();
        Matcher m = SECRET.matcher(run.out());
        assertThat(m.find()).isTrue();
        String secret = m.group();
        assertThat(run.out()).contains("Created API key " + secret.substring(0, 12) + " (role operator, expires ")
                .contains("it will not be shown again").contains("X-API-Key");
        try (ApiKeyService keys = ApiKeyService.open(ws.resolve("security"))) {
            var result = keys.authenticate(secret, null, Instant.now());
            assertThat(result.ok()).isTrue();
            assertThat(keys.list().get(0).expiresAt()).isBetween(Instant.now().plus(Duration.ofHours(11)),
                    Instant.now().plus(Duration.ofHours(12)));
        }
        MainTest.Captured list = run("keys", "list", "--workspace", ws.toString());
        assertThat(list.out()).doesNotContain(secret).contains(secret.substring(0, 12)).contains("operator")
                .contains("active").contains("ci deploys").contains("LAST USED");
    }

    @Test
    void theDefaultExpiryIs90DaysAndNeverIsAllowed() throws Exception {
        run("keys", "create", "--role", "viewer", "--workspace", ws.toString());
        run("keys", "create", "--role", "admin", "--expires", "never", "--workspace", ws.toString());
        JsonNode keys = json(run("keys", "list", "--format", "json", "--workspace", ws.toString()).out());
        Instant expires = Instant.parse(keys.get(0).get("expires_at").asText());
        assertThat(Duration.between(Instant.now(), expires).toDays()).isEqualTo(89);
        assertThat(keys.get(1).get("expires_at").isNull()).isTrue();
        assertThat(keys.get(1).get("role").asText()).isEqualTo("admin");
    }

    @Test
    void listAsJsonNeverShowsSecretsOrDigests() throws Exception {
        MainTest.Captured created = run("keys", "create", "--role", "viewer", "--workspace", ws.toString());
        Matcher m = SECRET.matcher(created.out());
        assertThat(m.find()).isTrue();
        MainTest.Captured list = run("keys", "list", "--format", "json", "--workspace", ws.toString());
        assertThat(list.code()).isZero();
        assertThat(list.out()).doesNotContain(m.group()).doesNotContain("sha256")
                .doesNotContain(dev.clio.security.ApiKeys.digest(m.group()));
        JsonNode key = json(list.out()).get(0);
        assertThat(key.get("status").asText()).isEqualTo("active");
        assertThat(key.get("prefix").asText()).isEqualTo(m.group().substring(0, 12));
    }

    @Test
    void revokeByPrefixIsRefusedByTheServiceAndAuditedAsTheLocalAdmin() {
        MainTest.Captured created = run("keys", "create", "--role", "viewer", "--workspace", ws.toString());
        Matcher m = SECRET.matcher(created.out());
        assertThat(m.find()).isTrue();
        String prefix = m.group().substring(0, 12);
        MainTest.Captured revoke = run("keys", "revoke", prefix, "--workspace", ws.toString());
        assertThat(revoke.code()).isZero();
        assertThat(revoke.out()).startsWith("Revoked API key " + prefix + " (viewer)");
        assertThat(run("keys", "revoke", prefix, "--workspace", ws.toString()).out()).contains("already revoked");
        try (ApiKeyService keys = ApiKeyService.open(ws.resolve("security"))) {
            assertThat(keys.authenticate(m.group(), null, Instant.now()).failure()).isEqualTo(AuthFailure.REVOKED);
        }
        assertThat(run("keys", "list", "--workspace", ws.toString()).out()).contains("revoked");
        try (AuditLog audit = AuditLog.open(ws.resolve("security"))) {
            List<AuditRecord> records = audit.query(AuditQuery.latest(10).action("keys.")).records();
            assertThat(records).extracting(AuditRecord::action).containsExactly("keys.list", "keys.revoke",
                    "keys.revoke", "keys.create");
            AuditRecord create = records.get(3);
            assertThat(create.actor()).isEqualTo("local:" + System.getProperty("user.name"));
            assertThat(create.role()).isEqualTo("admin");
            assertThat(create.target()).isEqualTo(prefix);
            assertThat(create.parameters()).containsEntry("role", "viewer");
        }
    }

    @Test
    void badInputIsOneLineWithAHintAndExitCode2() {
        MainTest.Captured role = run("keys", "create", "--role", "root", "--workspace", ws.toString());
        assertThat(role.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(role.err()).startsWith("error: unknown role 'root': use viewer, operator or admin")
                .contains("Try 'cli-orchestrator keys create --help'").doesNotContain("Exception");
        MainTest.Captured expiry = run("keys", "create", "--role", "viewer", "--expires", "90 days", "--workspace",
                ws.toString());
        assertThat(expiry.err()).startsWith("error: invalid expiry '90 days'");
        MainTest.Captured missing = run("keys", "create", "--workspace", ws.toString());
        assertThat(missing.err()).contains("--role");
        MainTest.Captured unknown = run("keys", "revoke", "key_ffffffffffff", "--workspace", ws.toString());
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(unknown.err().strip()).isEqualTo("error: no API key matches 'key_ffffffffffff': run "
                + "'cli-orchestrator keys list' to see ids and prefixes");
        assertThat(Files.exists(ws.resolve("security/api_keys.json"))).isFalse();
    }

    @Test
    void aCorruptKeyFileIsOneClearLineAndIsLeftAlone() throws Exception {
        Files.createDirectories(ws.resolve("security"));
        Files.writeString(ws.resolve("security/api_keys.json"), "{oops");
        MainTest.Captured list = run("keys", "list", "--workspace", ws.toString());
        assertThat(list.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(list.err().lines().toList()).singleElement().asString().startsWith("error: ")
                .contains("api_keys.json is corrupt").doesNotContain("Exception");
        MainTest.Captured create = run("keys", "create", "--role", "viewer", "--workspace", ws.toString());
        assertThat(create.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(Files.readString(ws.resolve("security/api_keys.json"))).isEqualTo("{oops");
    }

    @Test
    void theRootHelpListsTheKeysCommand() {
        assertThat(run("--help").out()).contains("keys");
        assertThat(run("keys", "--help").out()).contains("create").contains("list").contains("revoke");
    }

    @Test
    void anEmptyListSaysHowToCreateAKey() {
        assertThat(run("keys", "list", "--workspace", ws.toString()).out()).contains("No API keys yet");
    }

    private static MainTest.Captured run(String... args) {
        return MainTest.Captured.run(args);
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text).get("keys");
    }
}
