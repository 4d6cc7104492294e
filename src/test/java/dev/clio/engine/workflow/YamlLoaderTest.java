package dev.clio.engine.workflow;

import static dev.clio.engine.workflow.Validation.assertAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

    private final YamlLoader loader = new YamlLoader(ValidatorOptions.defaults());

    private YamlLoader.Outcome load(String text) {
        return loader.load("f.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private YamlLoader.Outcome load(byte[] bytes) {
        return loader.load("f.yaml", bytes);
    }

    private static Diagnostic only(YamlLoader.Outcome o, String rule) {
        assertThat(o.diagnostics()).as("%s", o.diagnostics()).hasSize(1);
        assertThat(o.diagnostics().get(0).rule()).isEqualTo(rule);
        return o.diagnostics().get(0);
    }

    @Test
    void mapsPointersToKeyAndValueRanges() {
        YamlDocument doc = load("name: x\nsteps:\n  - id: \"1.001\"\n    with:\n      files: [a, b]\n").document()
                .orElseThrow();
        assertThat(doc.root().at("/steps/0/with/files/1").asText()).isEqualTo("b");
        SourceRange id = doc.positions().value("/steps/0/id");
        assertThat(id).isEqualTo(new SourceRange(3, 9, 3, 16));
        assertThat(doc.positions().key("/steps/0/with")).isEqualTo(new SourceRange(4, 5, 4, 9));
        assertThat(doc.positions().value("/steps/0/with/files/1")).isEqualTo(new SourceRange(5, 18, 5, 19));
        assertThat(doc.positions().value("/steps/0/nothing/here")).isEqualTo(doc.positions().value("/steps/0"));
    }

    @Test
    void resolvesScalarsLikeYaml11() {
        YamlDocument doc = load("a: 0x1F\nb: yes\nc: 1.5\nd: ~\ne: 2024-01-02\nf: '12'\ng: 1_000\n").document()
                .orElseThrow();
        assertThat(doc.root().get("a").asInt()).isEqualTo(31);
        assertThat(doc.root().get("b").asBoolean()).isTrue();
        assertThat(doc.root().get("c").asDouble()).isEqualTo(1.5);
        assertThat(doc.root().get("d").isNull()).isTrue();
        assertThat(doc.root().get("e").asText()).isEqualTo("2024-01-02");
        assertThat(doc.root().get("f").isTextual()).isTrue();
        assertThat(doc.root().get("g").asInt()).isEqualTo(1000);
    }

    @Test
    void mergeKeysAreApplied() {
        YamlDocument doc = load("base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n").document().orElseThrow();
        assertThat(doc.root().get("item").get("x").asInt()).isEqualTo(1);
        assertThat(doc.root().get("item").get("y").asInt()).isEqualTo(2);
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKey() {
        YamlLoader.Outcome o = load("name: a\nsteps: []\nname: b\n");
        Diagnostic d = only(o, "duplicate-key");
        assertAt(d, 3, 1);
        assertThat(d.message()).contains("'name'");
        assertThat(o.document().orElseThrow().root().get("name").asText()).isEqualTo("a");
    }

    @Test
    void tabIndentationIsReportedAtTheTab() {
        Diagnostic d = only(load("name: x\nsteps:\n  - id: a\n\t  name: b\n"), "tab-indent");
        assertAt(d, 4, 1);
        assertThat(d.message()).contains("spaces");
    }

    @Test
    void tabIndentedJsonIsFineAndKeepsColumns() {
        YamlLoader.Outcome o = load("{\n\t\"a\": 1,\n\t\"b\": {\"c\": \"x\\ty\"}\n}\n");
        assertThat(o.diagnostics()).isEmpty();
        YamlDocument doc = o.document().orElseThrow();
        assertThat(doc.root().at("/b/c").asText()).isEqualTo("x\ty");
        assertThat(doc.positions().value("/a")).isEqualTo(new SourceRange(2, 7, 2, 8));
    }

    @Test
    void syntaxErrorCarriesTheParserPosition() {
        Diagnostic d = only(load("name: x\nsteps: [a, b\nother: 1\n"), "yaml-syntax");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.message()).startsWith("YAML syntax error");
        Diagnostic colon = only(load("name: x\n  bad: indent\n"), "yaml-syntax");
        assertAt(colon, 2, 6);
    }

    @Test
    void byteOrderMarkIsAWarningAndTheDocumentStillLoads() {
        byte[] body = "name: x\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        YamlLoader.Outcome o = load(bytes);
        assertThat(only(o, "bom").severity()).isEqualTo(Diagnostic.Severity.WARNING);
        assertThat(o.document().orElseThrow().root().get("name").asText()).isEqualTo("x");
    }

    @Test
    void utf16IsRejected() {
        assertThat(only(load(new byte[] {(byte) 0xFF, (byte) 0xFE, 'n', 0}), "encoding").message()).contains("UTF-16");
    }

    @Test
    void invalidUtf8ReportsLineAndColumnOfTheFirstBadByte() {
        byte[] bytes = "name: x\ndescription: caf\u00e9 ok \u00ff\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xC3;
        bytes[bytes.length - 2] = (byte) 0x28;
        Diagnostic d = only(load(bytes), "encoding");
        assertAt(d, 2, 22);
        assertThat(d.message()).contains("0xC3").contains("line 2, column 22");
    }

    @Test
    void nulByteMeansBinary() {
        Diagnostic d = only(load("name: x\nab\u0000cd\n"), "binary");
        assertAt(d, 2, 3);
    }

    @Test
    void emptyAndCommentOnlyFilesAreOneError() {
        assertAt(only(load(""), "empty"), 1, 1);
        assertAt(only(load("  \n\n"), "empty"), 1, 1);
        assertThat(only(load("# just a comment\n"), "empty").message()).contains("no content");
    }

    @Test
    void sizeCapIsCheckedBeforeParsing() {
        YamlLoader small = new YamlLoader(ValidatorOptions.defaults().withMaxBytes(10));
        YamlLoader.Outcome o = small.load("f", "name: abcdefgh\n".getBytes(StandardCharsets.UTF_8));
        assertThat(only(o, "file-too-large").message()).contains("10-byte limit");
        assertThat(small.load("f", "a: 1\n".getBytes(StandardCharsets.UTF_8)).document()).isPresent();
    }

    @Test
    void recursiveAliasIsRejectedWhereTheAnchorIs() {
        Diagnostic d = only(load("name: x\nloop: &a [1, *a]\n"), "yaml-limit");
        assertAt(d, 2, 7);
        assertThat(d.message()).contains("recursive alias");
    }

    @Test
    void multipleDocumentsAreASyntaxError() {
        assertThat(only(load("a: 1\n---\nb: 2\n"), "yaml-syntax").line()).isEqualTo(2);
    }

    @Test
    void customTagsAreRejected() {
        Diagnostic d = only(load("name: !secret value\n"), "yaml-syntax");
        assertAt(d, 1, 7);
        assertThat(d.message()).contains("!secret");
    }
}
