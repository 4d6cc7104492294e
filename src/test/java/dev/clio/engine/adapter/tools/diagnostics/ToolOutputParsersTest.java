package dev.clio.engine.adapter.tools.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parsers over output in each tool's documented format (ruff, pylint and eslint are not installed here). */
class ToolOutputParsersTest {

    private static final Path WS = Path.of("/work/project");

    @Test
    void ruffJson() throws Exception {
        String json = """
                [{"cell": null, "code": "F401", "end_location": {"column": 10, "row": 1},
                  "filename": "/work/project/src/a.py", "fix": {"applicability": "safe", "edits": [], "message": "x"},
                  "location": {"column": 8, "row": 1}, "message": "`os` imported but unused", "noqa_row": 1,
                  "url": "https://docs.astral.sh/ruff/rules/unused-import"},
                 {"code": "E501", "filename": "/work/project/src/b.py", "location": {"column": 89, "row": 4},
                  "message": "Line too long (120 > 88)"},
                 {"code": "F821", "filename": "/work/project/src/b.py", "location": {"column": 5, "row": 9},
                  "message": "Undefined name `foo`"}]
                """;
        List<Issue> issues = ToolOutputParsers.ruff(json, WS);
        assertThat(issues).extracting(Issue::file).containsExactly("src/a.py", "src/b.py", "src/b.py");
        assertThat(issues).extracting(Issue::kind).containsExactly("import", "format", "logic");
        assertThat(issues.get(0)).extracting(Issue::line, Issue::column, Issue::severity, Issue::source)
                .containsExactly(1, 8, "warning", "ruff");
    }

    @Test
    void mypyText() {
        String text = """
                src/a.py:2:12: error: Incompatible return value type (got "str", expected "int")  [return-value]
                src/a.py:4: error: Library stubs not installed for "yaml"  [import-untyped]
                src/a.py:4: note: Hint: "python3 -m pip install types-PyYAML"
                Found 2 errors in 1 file (checked 1 source file)
                """;
        List<Issue> issues = ToolOutputParsers.mypy(text, WS);
        assertThat(issues).hasSize(3);
        assertThat(issues).extracting(Issue::kind).containsExactly("type", "import", "type");
        assertThat(issues).extracting(Issue::severity).containsExactly("error", "error", "info");
        assertThat(issues.get(1).column()).isZero();
        assertThat(issues.get(0).message()).isEqualTo("Incompatible return value type (got \"str\", expected \"int\")");
    }

    @Test
    void pylintJson() throws Exception {
        String json = """
                [{"type": "convention", "module": "a", "obj": "", "line": 1, "column": 0, "endLine": 1,
                  "endColumn": 0, "path": "src/a.py", "symbol": "line-too-long",
                  "message": "Line too long (120/100)", "message-id": "C0301"},
                 {"type": "error", "module": "a", "obj": "f", "line": 3, "column": 4, "path": "src/a.py",
                  "symbol": "no-member", "message": "Module 'os' has no 'nope' member", "message-id": "E1101"},
                 {"type": "warning", "line": 2, "column": 0, "path": "src/a.py", "symbol": "unused-import",
                  "message": "Unused import sys", "message-id": "W0611"}]
                """;
        List<Issue> issues = ToolOutputParsers.pylint(json, WS);
        assertThat(issues).extracting(Issue::severity).containsExactly("info", "error", "warning");
        assertThat(issues).extracting(Issue::kind).containsExactly("format", "type", "import");
        assertThat(issues.get(1).rule()).isEqualTo("no-member");
    }

    @Test
    void eslintJson() throws Exception {
        String json = """
                [{"filePath": "/work/project/web/app.js", "messages": [
                   {"ruleId": "no-undef", "severity": 2, "message": "'x' is not defined.", "line": 3, "column": 1},
                   {"ruleId": "semi", "severity": 1, "message": "Missing semicolon.", "line": 4, "column": 9},
                   {"ruleId": null, "fatal": true, "severity": 2, "message": "Parsing error", "line": 9,
                    "column": 2}],
                  "errorCount": 2, "warningCount": 1}]
                """;
        List<Issue> issues = ToolOutputParsers.eslint(json, WS);
        assertThat(issues).extracting(Issue::file).containsOnly("web/app.js");
        assertThat(issues).extracting(Issue::severity).containsExactly("error", "warning", "error");
        assertThat(issues).extracting(Issue::kind).containsExactly("logic", "format", "logic");
    }

    @Test
    void garbageIsAClearError() {
        assertThatThrownBy(() -> ToolOutputParsers.ruff("error: unexpected argument '--bogus'", WS))
                .hasMessage("ruff did not print JSON: error: unexpected argument '--bogus'");
    }

    @Test
    void kindsOfCommonCodes() {
        assertThat(IssueKinds.ruff("I001")).isEqualTo("import");
        assertThat(IssueKinds.ruff("W291")).isEqualTo("format");
        assertThat(IssueKinds.ruff("B006")).isEqualTo("logic");
        assertThat(IssueKinds.ruff("ANN001")).isEqualTo("type");
        assertThat(IssueKinds.ruff("F841")).isEqualTo("lint");
        assertThat(IssueKinds.mypy("syntax")).isEqualTo("logic");
        assertThat(IssueKinds.eslint("import/no-unresolved")).isEqualTo("import");
        assertThat(IssueKinds.eslint("@typescript-eslint/no-explicit-any")).isEqualTo("type");
        assertThat(IssueKinds.eslint("no-console")).isEqualTo("lint");
        assertThat(IssueKinds.pylint("C0411")).isEqualTo("import");
        assertThat(IssueKinds.pylint("R0913")).isEqualTo("lint");
    }
}
