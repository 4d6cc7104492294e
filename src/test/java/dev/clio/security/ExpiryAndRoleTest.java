package dev.clio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpiryAndRoleTest {

    @Test
    void daysHoursMinutesAndNeverAreUnderstood() {
        assertThat(Expiry.parse("90d")).isEqualTo(Duration.ofDays(90));
        assertThat(Expiry.parse("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(Expiry.parse(" 30M ")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Expiry.parse("3650d")).isEqualTo(Expiry.MAX);
        assertThat(Expiry.parse("never")).isNull();
        assertThat(Expiry.parse("NEVER")).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0d", "-1d", "90", "d", "5w", "1.5h", "90 days", "12hours"})
    void anythingElseSaysWhatToType(String text) {
        assertThatThrownBy(() -> Expiry.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use a positive number followed by d, h or m");
    }

    @Test
    void overTenYearsPointsToNever() {
        assertThatThrownBy(() -> Expiry.parse("3651d")).hasMessageContaining("use never");
        assertThatThrownBy(() -> Expiry.parse("9999999h")).hasMessageContaining("use never");
    }

    @Test
    void rolesIncludeTheOnesBelowThemAndNothingAllowsANullRequirement() {
        assertThat(Role.ADMIN.allows(Role.OPERATOR)).isTrue();
        assertThat(Role.OPERATOR.allows(Role.VIEWER)).isTrue();
        assertThat(Role.OPERATOR.allows(Role.OPERATOR)).isTrue();
        assertThat(Role.OPERATOR.allows(Role.ADMIN)).isFalse();
        assertThat(Role.VIEWER.allows(Role.OPERATOR)).isFalse();
        assertThat(Role.ADMIN.allows(null)).isFalse();
    }

    @Test
    void rolesParseAnyCaseAndRejectOthersClearly() {
        assertThat(Role.parse("Operator")).isEqualTo(Role.OPERATOR);
        assertThat(Role.OPERATOR.label()).isEqualTo("operator");
        assertThatThrownBy(() -> Role.parse("guest")).hasMessage("unknown role 'guest': use viewer, operator or admin");
    }

    @Test
    void theLocalCallerIsAnAdminWithoutKeyOrAddress() {
        Caller local = Caller.local("alice");
        assertThat(local).isEqualTo(new Caller("local:alice", Role.ADMIN, null, null));
        assertThat(local.isLocal()).isTrue();
        assertThat(Caller.local(" ").identity()).isEqualTo("local:unknown");
        Caller key = Caller.key("clio_AbCdEfG", Role.VIEWER, "10.0.0.1");
        assertThat(key.identity()).isEqualTo("key:clio_AbCdEfG");
        assertThat(key.isLocal()).isFalse();
        assertThat(key.allows(Role.OPERATOR)).isFalse();
    }
}
