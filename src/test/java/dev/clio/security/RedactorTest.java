package dev.clio.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void secretLookingNamesAreRedactedWhateverTheirSpelling() {
        for (String name : List.of("password", "DB_PASSWORD", "secret", "client-secret", "token", "accessToken",
                "api_key", "X-API-Key", "key", "private_key", "Authorization", "credentials", "tokens_secret")) {
            assertThat(Redactor.isSecretName(name)).as(name).isTrue();
        }
        for (String name : List.of("workflow", "keyword", "monkeys", "dry_run", "files", "key_prefix", "role",
                "max_tokens", "tokens_used", "token_budget")) {
            assertThat(Redactor.isSecretName(name)).as(name).isFalse();
        }
    }

    @Test
    void keysAndBearerTokensAreRemovedFromAnyValueAndNestedParametersAreWalked() {
        String secret = ApiKeys.newSecret();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("workflow", "deploy.yaml");
        params.put("password", "hunter2hunter2");
        params.put("note", "rotated " + secret + " today");
        params.put("headers", Map.of("Authorization", "Bearer abcdefghijklmnop", "Accept", "json"));
        params.put("args", List.of("--token", "x", "auth: Bearer abcdefghijklmnop"));
        params.put("max_tokens", 5000);
        params.put("lane", null);
        Map<String, Object> out = Redactor.redact(params);
        assertThat(out.toString()).doesNotContain(secret).doesNotContain("hunter2").doesNotContain("abcdefghijklmnop");
        assertThat(out.get("workflow")).isEqualTo("deploy.yaml");
        assertThat(out.get("password")).isEqualTo(Redactor.REDACTED);
        assertThat(out.get("note")).isEqualTo("rotated [REDACTED] today");
        assertThat(out.get("max_tokens")).isEqualTo(5000);
        assertThat(out).containsEntry("lane", null);
        assertThat(((Map<?, ?>) out.get("headers")).get("Accept")).isEqualTo("json");
    }

    @Test
    void longTextIsShortened() {
        assertThat(Redactor.redactText("x".repeat(5000))).hasSize(Redactor.MAX_STRING + 3);
    }
}
