package dev.clio.console.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.common.Styles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's text helpers without a screen: line edits, find and replace, the diff, the highlighter. */
class EditingHelpersTest {

    @Test
    void indentOutdentAndCommentWorkOnWholeLines() {
        List<String> lines = List.of("a: 1", "", "  b: 2");
        assertThat(LineEdits.indent(lines)).containsExactly("  a: 1", "", "    b: 2");
        assertThat(LineEdits.outdent(List.of("   a", " b", "c"))).containsExactly(" a", "b", "c");
        List<String> commented = LineEdits.toggleComment(List.of("  a: 1", "    b: 2"));
        assertThat(commented).containsExactly("  # a: 1", "  #   b: 2");
        assertThat(LineEdits.toggleComment(commented)).containsExactly("  a: 1", "    b: 2");
    }

    @Test
    void enterKeepsTheIndentationAndAddsALevelAfterAKey() {
        assertThat(LineEdits.newline("    name: x")).isEqualTo("\n    ");
        assertThat(LineEdits.newline("  with:")).isEqualTo("\n    ");
        assertThat(LineEdits.newline("  - id: \"1.001\"")).isEqualTo("\n    ");
    }

    @Test
    void findWrapsAroundAndABadExpressionIsASentence() {
        String text = "actor: shell\nactor: git\n";
        TextSearch.Query q = TextSearch.Query.of("actor: (\\w+)", true, true);
        assertThat(TextSearch.next(text, q, 1)).containsExactly(13, 23);
        assertThat(TextSearch.next(text, q, 20)).containsExactly(0, 12);
        assertThat(TextSearch.previous(text, q, 13)).containsExactly(0, 12);
        assertThat(TextSearch.count(text, q)).isEqualTo(2);
        assertThat(TextSearch.replaceAll(text, q, "uses: $1", true)).isEqualTo("uses: shell\nuses: git\n");
        assertThat(TextSearch.replaceAll("a.b", TextSearch.Query.of(".", false, true), "$", false))
                .isEqualTo("a$b");
        TextSearch.Query bad = TextSearch.Query.of("(", true, true);
        assertThat(bad.problem()).startsWith("Not a valid regular expression");
        assertThat(TextSearch.next(text, bad, 0)).isNull();
    }

    @Test
    void theDiffKeepsCommonLinesAndMarksTheRest() {
        List<String> out = new ArrayList<>();
        TextDiff.lines("a\nb\nc\nd", "a\nc\nx\nd").forEach(l -> out.add(l.unified()));
        assertThat(out).containsExactly("  a", "- b", "  c", "+ x", "  d");
    }

    @Test
    void theHighlighterClassesKeysStringsCommentsAndTemplates() {
        String text = "name: \"x\"  # note\nsteps: {{ inputs.a }}\n";
        List<String> classes = new ArrayList<>();
        YamlHighlighter.spans(text).forEach(span -> classes.add(span.getLength() + String.valueOf(span.getStyle())));
        assertThat(classes).contains("4[" + Styles.YAML_KEY + "]", "3[" + Styles.YAML_STRING + "]",
                "6[" + Styles.YAML_COMMENT + "]", "14[" + Styles.YAML_TEMPLATE + "]");
        assertThat(YamlHighlighter.spans(text).length()).isEqualTo(text.length());
    }
}
