package dev.clio.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingKeysTest {

    @Test
    void everyDefaultParsesWithItsOwnType() {
        for (SettingKey key : SettingKeys.all()) {
            if (key.defaultText() != null) {
                assertThat(key.type().parse(key.defaultText())).as(key.name()).isPresent();
            }
        }
    }

    @Test
    void keysAreLowerSnakeCaseAndVariablesTheirUpperCase() {
        assertThat(SettingKeys.all()).allSatisfy(k -> {
            assertThat(k.name()).matches("[a-z][a-z_]*");
            assertThat(k.envVar()).isEqualTo("CLI_ORCHESTRATOR_" + k.name().toUpperCase(java.util.Locale.ROOT));
        });
        assertThat(SettingKeys.all()).filteredOn(SettingKey::secret).extracting(SettingKey::name)
                .containsExactlyInAnyOrder("jwt_secret", "anthropic_api_key", "openai_api_key");
    }

    @Test
    void suggestionsCoverTyposAndTheOriginalsNames() {
        assertThat(SettingKeys.suggest("prot")).contains("port");
        assertThat(SettingKeys.suggest("log_levl")).contains("log_level");
        assertThat(SettingKeys.suggest("env")).contains("environment");
        assertThat(SettingKeys.suggest("host")).contains("bind");
        assertThat(SettingKeys.suggest("redis_url")).isEmpty();
        assertThat(SettingKeys.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(SettingKeys.distance("", "abc")).isEqualTo(3);
    }
}
