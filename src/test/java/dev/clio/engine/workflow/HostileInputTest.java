package dev.clio.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each hostile document yields exactly one clear error; the timeout only guards against hangs. */
class HostileInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static Diagnostic oneError(byte[] content) {
        ValidationResult r = assertTimeoutPreemptively(HANG_GUARD,
                () -> Validation.VALIDATOR.validate("evil.yaml", content));
        assertThat(r.diagnostics()).as("%s", r.diagnostics()).hasSize(1);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.workflow()).isEmpty();
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.message()).doesNotContain("Exception").doesNotContain("\n");
        return d;
    }

    private static Diagnostic oneError(String content) {
        return oneError(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void billionLaughs() {
        StringBuilder b = new StringBuilder("name: x\na: &a [" + "\"lol\",".repeat(7) + "\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            b.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 8; i++) {
                b.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            b.append("]\n");
            prev = c;
        }
        Diagnostic d = oneError(b.toString());
        assertThat(d.rule()).isEqualTo("yaml-limit");
        assertThat(d.message()).contains("aliases");
    }

    @Test
    void aliasBombWithinTheAliasCountIsStoppedByTheNodeBudget() {
        StringBuilder b = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i <= 25; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        Diagnostic d = oneError(b.toString());
        assertThat(d.rule()).isEqualTo("yaml-limit");
        assertThat(d.message()).contains("200000 nodes through aliases");
    }

    @Test
    void tenThousandOpeningBrackets() {
        assertThat(oneError("[".repeat(10_000)).rule()).isEqualTo("yaml-limit");
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            deep.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertThat(oneError(deep.toString()).message()).contains("nested too deeply");
    }

    @Test
    void deeplyNestedWhenExpression() {
        String yaml = "name: x\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor: shell\n    when: \""
                + "(".repeat(5000) + "true" + ")".repeat(5000) + "\"\n";
        ValidationResult r = assertTimeoutPreemptively(HANG_GUARD, () -> Validation.VALIDATOR.validate("f", yaml));
        assertThat(Validation.single(r, WhenRules.SYNTAX).message()).contains("nested too deeply");
    }

    @Test
    void fileOverTheSizeLimit(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        byte[] content = ("name: x\ndescription: \"" + "a".repeat(ValidatorOptions.DEFAULT_MAX_BYTES) + "\"\n")
                .getBytes(StandardCharsets.US_ASCII);
        Files.write(big, content);
        ValidationResult r = Validation.VALIDATOR.validate(big);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.rule()).isEqualTo("file-too-large"));
        assertThat(r.file()).isEqualTo(big.toString());
    }

    @Test
    void binaryGarbage() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        assertThat(oneError(garbage).rule()).isIn("binary", "encoding");
        assertThat(oneError(new byte[] {'a', ':', ' ', 0, 1, 2}).rule()).isEqualTo("binary");
    }

    @Test
    void emptyFile() {
        assertThat(oneError(new byte[0]).rule()).isEqualTo("empty");
    }

    @Test
    void nonUtf8Latin1() {
        Diagnostic d = oneError("name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(d.rule()).isEqualTo("encoding");
        assertThat(d.line()).isEqualTo(1);
        assertThat(d.column()).isEqualTo(10);
    }

    @Test
    void thousandsOfProblemsAreCapped() {
        ValidationResult r = assertTimeoutPreemptively(HANG_GUARD,
                () -> Validation.VALIDATOR.validate("f", "name: x\n" + "k: v\n".repeat(5000)));
        assertThat(r.diagnostics()).hasSize(Findings.MAX_DIAGNOSTICS + 1);
        Diagnostic last = r.diagnostics().get(Findings.MAX_DIAGNOSTICS);
        assertThat(last.rule()).isEqualTo("too-many-diagnostics");
        assertThat(last.message()).startsWith("4000 more diagnostics not shown");
        assertThat(last.severity()).isEqualTo(Diagnostic.Severity.INFO);
    }

    @Test
    void aBigDocumentWithoutAliasesIsToldItIsBig() {
        String yaml = "name: x\nsteps:\n" + "  - [a, b, c, d, e, f, g, h, i, j]\n".repeat(20_000);
        Diagnostic d = oneError(yaml);
        assertThat(d.message()).contains("more than 200000 values").doesNotContain("alias");
    }

    @Test
    void hugeSingleLineOfColonsAndQuotes() {
        ValidationResult r = assertTimeoutPreemptively(HANG_GUARD,
                () -> Validation.VALIDATOR.validate("f", "\"" + ":'\"".repeat(100_000)));
        assertThat(r.hasErrors()).isTrue();
    }
}
