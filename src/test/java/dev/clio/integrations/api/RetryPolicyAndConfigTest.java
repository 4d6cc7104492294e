package dev.clio.integrations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.ops.OpsException;
import dev.clio.ops.OpsException.Kind;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyAndConfigTest {

    private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(300));

    private static OpsException failure(Kind kind) {
        return new OpsException(kind, "x");
    }

    @Test
    void onlyIdempotentCallsAreRetriedAndOnlyForCurableFailures() {
        assertThat(POLICY.retries("GET", 1, failure(Kind.UNAVAILABLE))).isTrue();
        assertThat(POLICY.retries("PUT", 1, failure(Kind.TIMEOUT))).isTrue();
        assertThat(POLICY.retries("POST", 1, failure(Kind.UNAVAILABLE))).isFalse();
        assertThat(POLICY.retries("DELETE", 1, failure(Kind.UNAVAILABLE))).isFalse();
        for (Kind kind : new Kind[] {Kind.UNAUTHORIZED, Kind.FORBIDDEN, Kind.NOT_FOUND, Kind.CONFLICT,
                Kind.RATE_LIMITED, Kind.INVALID_REQUEST, Kind.INTERNAL, Kind.PAYLOAD_TOO_LARGE}) {
            assertThat(POLICY.retries("GET", 1, failure(kind))).as(kind.name()).isFalse();
        }
        assertThat(POLICY.retries("GET", 3, failure(Kind.UNAVAILABLE))).isTrue();
        assertThat(POLICY.retries("GET", 4, failure(Kind.UNAVAILABLE))).as("attempts used up").isFalse();
        assertThat(RetryPolicy.none().retries("GET", 1, failure(Kind.UNAVAILABLE))).isFalse();
    }

    @Test
    void backoffDoublesUpToItsCap() {
        assertThat(POLICY.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(POLICY.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(POLICY.backoff(3)).isEqualTo(Duration.ofMillis(300));
        assertThat(POLICY.backoff(60)).isEqualTo(Duration.ofMillis(300));
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("at least 1");
    }

    @Test
    void aBadUrlOrKeyIsRefusedWithoutEchoingTheKey() {
        assertThatThrownBy(() -> ApiClientConfig.defaults(URI.create("ftp://h/"), null, null))
                .hasMessageContaining("is not an http:// or https:// address");
        assertThatThrownBy(() -> ApiClientConfig.defaults(URI.create("localhost:8080"), null, null))
                .hasMessageContaining("is not an http:// or https:// address");
        assertThatThrownBy(() -> ApiClientConfig.defaults(URI.create("http://h"), "clio_se cret", null))
                .hasMessageContaining("copy it again").hasMessageNotContaining("cret");
        ApiClientConfig pasted = ApiClientConfig.defaults(URI.create("http://h:1/"), "clio_abc\n", null);
        assertThat(pasted.apiKey()).isEqualTo("clio_abc");
        assertThat(pasted.origin()).isEqualTo("http://h:1");
    }
}
