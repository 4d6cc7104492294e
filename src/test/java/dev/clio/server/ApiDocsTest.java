package dev.clio.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.OpsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and docs/api.md are checked against the route table, so neither can drift. */
class ApiDocsTest {

    static List<String> rows() {
        return Routes.all().stream().map(r -> "| " + r.method() + " | `" + r.path() + "` | `" + r.operation().id()
                + "` | " + (r.role() == null ? "public" : r.role().label()) + " |").toList();
    }

    @Test
    void docsApiMdListsEveryRouteWithItsRole() throws Exception {
        String doc = Files.readString(Path.of("docs/api.md"));
        List<String> missing = rows().stream().filter(row -> !doc.contains(row)).toList();
        assertThat(missing).as("rows missing from docs/api.md; the table should be:\n"
                + String.join("\n", rows())).isEmpty();
    }

    @Test
    void openApiHasEveryRouteWithItsOperationAndRole() throws Exception {
        JsonNode doc = OpsJson.mapper().readTree(OpenApiDocument.json(Routes.all()));
        assertThat(doc.path("openapi").asText()).isEqualTo("3.0.3");
        for (Route route : Routes.all()) {
            JsonNode op = doc.path("paths").path(route.path()).path(route.method().toLowerCase(java.util.Locale.ROOT));
            assertThat(op.isObject()).as(route.method() + " " + route.path()).isTrue();
            assertThat(op.path("x-operation").asText()).isEqualTo(route.operation().id());
            assertThat(op.path("x-role").asText()).isEqualTo(route.role() == null ? "public" : route.role().label());
            List<String> params = java.util.stream.StreamSupport.stream(op.path("parameters").spliterator(), false)
                    .filter(p -> p.path("in").asText().equals("query")).map(p -> p.path("name").asText()).toList();
            assertThat(params).containsExactlyElementsOf(route.query().stream().map(Route.Param::name).toList());
        }
        JsonNode execute = doc.path("paths").path("/api/v1/workflows/execute").path("post");
        assertThat(execute.path("responses").has("202")).isTrue();
        assertThat(execute.path("requestBody").toString()).contains("workflow_file").contains("max_tokens")
                .contains("dry_run");
        long operations = Routes.all().size();
        long documented = 0;
        for (JsonNode path : doc.path("paths")) {
            documented += path.size();
        }
        assertThat(documented).isEqualTo(operations);
        assertThat(Routes.all().stream().map(Route::path).collect(Collectors.toSet()))
                .allMatch(p -> p.startsWith("/api/v1/") || List.of("/health", "/ready", "/info").contains(p));
    }
}
