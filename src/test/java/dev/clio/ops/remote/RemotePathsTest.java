package dev.clio.ops.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.integrations.api.ApiClient;
import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's routes against the server's own route table, as its OpenAPI document publishes it. */
class RemotePathsTest {

    @Test
    void everyClientRouteExistsAndEveryServerOperationIsCovered(@TempDir Path dir) {
        try (ServerHarness server = ServerHarness.start(dir, 0, Duration.ofSeconds(1));
                ApiClient api = ApiClient.open(ApiClientConfig.defaults(server.baseUrl(), server.key("viewer"),
                        null))) {
            JsonNode paths = api.get("/api/v1/openapi.json", Map.of()).body().path("paths");
            Set<String> covered = new HashSet<>();
            for (String route : RemotePaths.ALL) {
                String[] parts = route.split(" ");
                JsonNode op = paths.path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
                assertThat(op.isObject()).as(route + " is in the server's route table").isTrue();
                covered.add(op.path("x-operation").asText());
            }
            Set<String> offered = new TreeSet<>();
            paths.forEach(p -> p.forEach(op -> offered.add(op.path("x-operation").asText())));
            assertThat(covered).as("every operation the server offers has a client route").containsAll(offered);
        }
    }
}
