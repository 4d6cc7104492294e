package dev.clio.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.ops.OpsException;
import org.junit.jupiter.api.Test;

/** Key and permission failures of any console call read as the connection manager's sentences. */
class ProblemsTest {

    @Test
    void aForbiddenActionAndWrongOrExpiredKeysArePlainSentences() {
        assertThat(Problems.sentence(new OpsException(OpsException.Kind.FORBIDDEN,
                "role viewer may not restart containers"))).isEqualTo("This API key's role does not allow that "
                        + "action; ask an admin for a key with a wider role if you need it.");
        assertThat(Problems.sentence(new OpsException(OpsException.Kind.UNAUTHORIZED,
                "The server at http://127.0.0.1:1 did not accept the API key: key clio_ab… expired on 2026-11-30")))
                .startsWith("The API key of this connection has expired.");
        assertThat(Problems.sentence(new OpsException(OpsException.Kind.UNAUTHORIZED, "unknown key")))
                .startsWith("The server did not accept the API key of this connection.");
    }
}
