package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.clio.engine.workflow.Diagnostic;
import dev.clio.ops.OpsJson;
import org.junit.jupiter.api.Test;

/** The shipped JSON schema is a valid draft-07 schema, and it alone already refuses the shape mistakes. */
class RunbookSchemaTest {

    @Test
    void isAValidDraft07Schema() throws Exception {
        var tree = OpsJson.mapper().readTree(RunbookSchema.text());
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of(SpecVersion.VersionFlag.V7.getId()));
        assertThat(meta.validate(tree)).isEmpty();
        assertThat(tree.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
    }

    static String schemaRule(String text) {
        var r = RunbookLoaderTest.LOADER.load("s.yaml", text, Runbook.USER);
        return r.diagnostics().stream().map(d -> d.rule() + "@" + d.line() + ":" + d.message())
                .filter(s -> s.startsWith("schema")).findFirst().orElse("none: " + r.diagnostics().stream()
                        .map(Diagnostic::toLine).toList());
    }

    static final String HEAD = "id: s\ntitle: S\nseverity: info\nsteps:\n";

    @Test
    void investigationsNeedACall() {
        assertThat(schemaRule(HEAD + "  - id: a\n    kind: investigation\n")).startsWith("schema@5")
                .contains("call");
    }

    @Test
    void manualStepsNeedInstructionsAndCommandsAnArgv() {
        assertThat(schemaRule(HEAD + "  - id: a\n    kind: manual\n")).contains("instructions");
        assertThat(schemaRule(HEAD + "  - id: a\n    kind: command\n")).contains("argv");
    }

    @Test
    void environmentNamesAndSizesHaveAFixedForm() {
        assertThat(schemaRule(HEAD + "  - id: a\n    kind: command\n    argv: [ls]\n    env: [lower]\n"))
                .startsWith("schema@8");
        assertThat(schemaRule(HEAD + "  - id: a\n    kind: command\n    argv: [ls]\n    output_limit: 10MB\n"))
                .startsWith("schema@8");
    }

    @Test
    void unknownStepFieldsAndBadIdsAreRefused() {
        assertThat(schemaRule(HEAD + "  - id: a\n    kind: manual\n    instructions: x\n    colour: red\n"))
                .startsWith("schema@8");
        assertThat(schemaRule(HEAD.replace("id: s", "id: Bad_Id") + "  - id: a\n    kind: manual\n"
                + "    instructions: x\n")).startsWith("schema@1");
    }
}
