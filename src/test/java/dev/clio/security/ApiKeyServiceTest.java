package dev.clio.security;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyServiceTest {

    private static final Caller ADMIN = Caller.local("alice");
    @TempDir
    Path workspace;
    private final ManualClock clock = new ManualClock("2026-12-01T10:00:00Z");
    private ApiKeyService keys;

    @BeforeEach
    void open() {
        keys = service();
    }

    private ApiKeyService service() {
        return new ApiKeyService(new KeyStore(workspace.resolve("security")), clock, Duration.ofMinutes(1));
    }

    @Test
    void aKeyIsClioPlus32RandomBytesInBase64UrlWithAPublicPrefix() {
        CreatedKey created = keys.create(Role.OPERATOR, Duration.ofDays(90), "ci deploys", ADMIN);
        String secret = created.secret();
        assertThat(secret).startsWith("clio_").hasSize(48).matches("clio_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(secret.substring(5))).hasSize(32);
        assertThat(created.info().prefix()).isEqualTo(secret.substring(0, 12));
        assertThat(created.info().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(90)));
        assertThat(created.info().createdBy()).isEqualTo("local:alice");
        assertThat(created.toString()).doesNotContain(secret);
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(ApiKeys.newSecret());
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void onlyTheDigestIsStoredNeverTheSecret() throws Exception {
        CreatedKey created = keys.create(Role.VIEWER, null, "dashboards", ADMIN);
        String file = Files.readString(workspace.resolve("security/api_keys.json"));
        assertThat(file).doesNotContain(created.secret())
                .doesNotContain(created.secret().substring(12))
                .contains(ApiKeys.digest(created.secret()))
                .contains(created.info().prefix())
                .contains("\"role\" : \"viewer\"");
    }

    @Test
    void theKeyFileAndItsDirectoryAreOwnerOnly() throws Exception {
        keys.create(Role.VIEWER, null, "", ADMIN);
        Path dir = workspace.resolve("security");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("api_keys.json"))))
                .isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aLooseSecurityDirectoryMadeByOthersIsTightened() throws Exception {
        Path dir = Files.createDirectories(workspace.resolve("security"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        keys.create(Role.VIEWER, null, "", ADMIN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void aGoodKeyAuthenticatesAsItsRoleAndRecordsTheClient() {
        CreatedKey created = keys.create(Role.OPERATOR, Duration.ofDays(1), "", ADMIN);
        AuthResult result = keys.authenticate(created.secret(), "127.0.0.1", clock.instant());
        assertThat(result.ok()).isTrue();
        assertThat(result.caller()).isEqualTo(new Caller("key:" + created.info().prefix(), Role.OPERATOR,
                created.info().prefix(), "127.0.0.1"));
    }

    @Test
    void headerWhitespaceIsIgnored() {
        CreatedKey created = keys.create(Role.VIEWER, null, "", ADMIN);
        assertThat(keys.authenticate("  " + created.secret() + " ", null, clock.instant()).ok()).isTrue();
    }

    @Test
    void missingMalformedAndUnknownKeysAreRefusedWithoutEchoingThem() {
        keys.create(Role.VIEWER, null, "", ADMIN);
        assertFailure(keys.authenticate(null, "c", clock.instant()), AuthFailure.MISSING, "X-API-Key");
        assertFailure(keys.authenticate("  ", "c", clock.instant()), AuthFailure.MISSING, "X-API-Key");
        assertFailure(keys.authenticate("Bearer abc", "c", clock.instant()), AuthFailure.MALFORMED, "clio_");
        assertFailure(keys.authenticate("clio_short", "c", clock.instant()), AuthFailure.MALFORMED, "43");
        String unknown = ApiKeys.newSecret();
        AuthResult result = keys.authenticate(unknown, "c", clock.instant());
        assertFailure(result, AuthFailure.UNKNOWN, "not recognised");
        assertThat(result.message()).doesNotContain(unknown.substring(0, 12));
    }

    @Test
    void anExpiredKeyIsRefusedFromItsExpiryInstantOn() {
        CreatedKey created = keys.create(Role.VIEWER, Duration.ofHours(12), "", ADMIN);
        Duration almost = Duration.ofHours(12).minusMillis(1);
        assertThat(keys.authenticate(created.secret(), null, clock.instant().plus(almost)).ok()).isTrue();
        AuthResult expired = keys.authenticate(created.secret(), null, clock.instant().plus(Duration.ofHours(12)));
        assertFailure(expired, AuthFailure.EXPIRED, "API key " + created.info().prefix() + " expired on 2026-12-01: "
                + "ask an admin for a new one");
        assertThat(expired.keyPrefix()).isEqualTo(created.info().prefix());
    }

    @Test
    void revokeByPrefixAsListedStopsTheKey() {
        CreatedKey created = keys.create(Role.ADMIN, null, "", ADMIN);
        KeyInfo revoked = keys.revoke(created.info().prefix() + "...", ADMIN);
        assertThat(revoked.status(clock.instant())).isEqualTo(KeyStatus.REVOKED);
        AuthResult result = keys.authenticate(created.secret(), null, clock.instant());
        assertFailure(result, AuthFailure.REVOKED, "was revoked on 2026-12-01");
        assertThat(result.keyPrefix()).isEqualTo(created.info().prefix());
    }

    @Test
    void revokeByIdOrFullSecretWorksAndRepeatingItKeepsTheFirstTime() {
        CreatedKey a = keys.create(Role.VIEWER, null, "", ADMIN);
        CreatedKey b = keys.create(Role.VIEWER, null, "", ADMIN);
        keys.revoke(a.info().id(), ADMIN);
        keys.revoke(b.secret(), ADMIN);
        clock.advance(Duration.ofDays(1));
        KeyInfo again = keys.revoke(a.info().id(), ADMIN);
        assertThat(again.revokedAt()).isEqualTo(clock.instant().minus(Duration.ofDays(1)));
        assertThat(keys.list()).allMatch(k -> k.revokedAt() != null);
    }

    @Test
    void revokeRefusesUnknownAndAmbiguousReferences() {
        keys.create(Role.VIEWER, null, "", ADMIN);
        keys.create(Role.VIEWER, null, "", ADMIN);
        assertThatThrownBy(() -> keys.revoke("key_000000000000", ADMIN))
                .hasMessageStartingWith("no API key matches 'key_000000000000'");
        assertThatThrownBy(() -> keys.revoke("clio_", ADMIN)).hasMessageContaining("no API key matches");
        String secret = ApiKeys.newSecret();
        assertThatThrownBy(() -> keys.revoke(secret, ADMIN)).hasMessageNotContaining(secret);
        List<KeyInfo> all = keys.list();
        String common = commonPrefix(all.get(0).prefix(), all.get(1).prefix());
        if (common.length() >= 7) {
            assertThatThrownBy(() -> keys.revoke(common, ADMIN)).hasMessageContaining("matches 2 keys");
        }
    }

    @Test
    void changesByAnotherProcessAreSeenWithoutRestart() {
        ApiKeyService other = service();
        CreatedKey created = other.create(Role.VIEWER, null, "", ADMIN);
        assertThat(keys.authenticate(created.secret(), null, clock.instant()).ok()).isTrue();
        other.revoke(created.info().prefix(), ADMIN);
        assertThat(keys.authenticate(created.secret(), null, clock.instant()).failure()).isEqualTo(AuthFailure.REVOKED);
    }

    @Test
    void lastUseIsBatchedNotWrittenPerRequest() throws Exception {
        CreatedKey created = keys.create(Role.VIEWER, null, "", ADMIN);
        Path file = workspace.resolve("security/api_keys.json");
        String before = Files.readString(file);
        keys.authenticate(created.secret(), null, clock.instant());
        clock.advance(Duration.ofSeconds(30));
        keys.authenticate(created.secret(), null, clock.instant());
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(keys.list().get(0).lastUsedAt()).isEqualTo(clock.instant());
        clock.advance(Duration.ofSeconds(31));
        keys.authenticate(created.secret(), null, clock.instant());
        assertThat(Files.readString(file)).contains("\"last_used_at\" : \"2026-12-01T10:01:01Z\"");
    }

    @Test
    void closeWritesPendingLastUse() {
        CreatedKey created = keys.create(Role.VIEWER, null, "", ADMIN);
        keys.authenticate(created.secret(), null, clock.instant());
        keys.close();
        assertThat(service().list().get(0).lastUsedAt()).isEqualTo(clock.instant());
    }

    @Test
    void concurrentCreatesFromTwoServicesLoseNothing() throws Exception {
        ApiKeyService other = service();
        List<CreatedKey> created = new CopyOnWriteArrayList<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            ApiKeyService target = t % 2 == 0 ? keys : other;
            threads.add(Thread.ofPlatform().start(() -> {
                await(start);
                try {
                    for (int i = 0; i < 5; i++) {
                        created.add(target.create(Role.VIEWER, null, "", ADMIN));
                    }
                } catch (RuntimeException e) {
                    errors.add(e);
                }
            }));
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(errors).isEmpty();
        assertThat(service().list()).hasSize(40);
        for (CreatedKey key : created) {
            assertThat(keys.authenticate(key.secret(), null, clock.instant()).ok()).isTrue();
        }
    }

    @Test
    void aCorruptFileIsReportedRefusesEveryKeyAndIsNeverOverwritten() throws Exception {
        CreatedKey created = keys.create(Role.VIEWER, null, "", ADMIN);
        Path file = workspace.resolve("security/api_keys.json");
        Files.writeString(file, "{\"version\":1,\"keys\":[{\"id\":");
        AuthResult result = keys.authenticate(created.secret(), null, clock.instant());
        assertThat(result.failure()).isEqualTo(AuthFailure.UNAVAILABLE);
        assertThat(keys.problem()).contains("api_keys.json is corrupt").contains("move it aside");
        assertThatThrownBy(() -> keys.create(Role.VIEWER, null, "", ADMIN))
                .isInstanceOf(SecurityStoreException.class).hasMessageContaining("is corrupt");
        assertThatThrownBy(keys::list).hasMessageContaining("is corrupt");
        assertThat(Files.readString(file)).isEqualTo("{\"version\":1,\"keys\":[{\"id\":");
    }

    @Test
    void aRepairedFileIsUsedAgainWithoutRestart() throws Exception {
        CreatedKey created = keys.create(Role.VIEWER, null, "", ADMIN);
        Path file = workspace.resolve("security/api_keys.json");
        String good = Files.readString(file);
        Files.writeString(file, "{broken");
        assertThat(keys.authenticate(created.secret(), null, clock.instant()).failure())
                .isEqualTo(AuthFailure.UNAVAILABLE);
        Files.writeString(file, good);
        assertThat(keys.authenticate(created.secret(), null, clock.instant()).ok()).isTrue();
        assertThat(keys.problem()).isNull();
    }

    @Test
    void anEntryWithoutADigestMakesTheFileCorrupt() throws Exception {
        Path dir = workspace.resolve("security");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("api_keys.json"), "{\"version\":1,\"keys\":[{\"id\":\"key_1\",\"prefix\":"
                + "\"clio_abcdefg\",\"role\":\"admin\",\"created_at\":\"2026-01-01T00:00:00Z\"}]}");
        assertThat(keys.problem()).contains("has no valid sha256 digest");
    }

    @Test
    void anUnknownRoleInTheFileIsReportedAsCorrupt() throws Exception {
        Path dir = workspace.resolve("security");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("api_keys.json"), "{\"version\":1,\"keys\":[{\"role\":\"root\"}]}");
        assertThat(keys.problem()).contains("is corrupt").contains("unknown role 'root'");
    }

    private static void assertFailure(AuthResult result, AuthFailure failure, String messagePart) {
        assertThat(result.ok()).isFalse();
        assertThat(result.caller()).isNull();
        assertThat(result.failure()).isEqualTo(failure);
        assertThat(result.message()).contains(messagePart);
    }

    private static String commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(0, i);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
