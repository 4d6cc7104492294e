package dev.clio.console.common.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogModelTest {

    @TempDir
    Path dir;

    private LogModel current;

    private LogModel model(int capacity) {
        current = new LogModel(capacity, RenderOptions.defaults(ZoneOffset.UTC));
        return current;
    }

    /** The drawn texts of the lines a delta added (all shown lines after a reset). */
    private List<String> texts(LogModel.Delta delta) {
        int from = delta.reset() ? 0 : current.shownCount() - delta.added();
        List<String> texts = new java.util.ArrayList<>();
        for (int i = from; i < current.shownCount(); i++) {
            texts.add(current.render(i).text());
        }
        return texts;
    }

    private List<RenderedLine> rendered(LogModel.Delta delta) {
        int from = delta.reset() ? 0 : current.shownCount() - delta.added();
        List<RenderedLine> lines = new java.util.ArrayList<>();
        for (int i = from; i < current.shownCount(); i++) {
            lines.add(current.render(i));
        }
        return lines;
    }

    @Test
    void bufferDropsTheOldestLinesInOneChangeAndSaysHowManyParagraphsGo() {
        LogModel model = model(5);
        assertThat(model.append(Lines.numbered(0, 4)).removed()).isZero();
        LogModel.Delta delta = model.append(Lines.numbered(4, 3));
        assertThat(delta.removed()).isEqualTo(2);
        assertThat(texts(delta)).containsExactly("line 4", "line 5", "line 6");
        assertThat(model.buffered()).isEqualTo(5);
        assertThat(model.shownTexts()).containsExactly("line 2", "line 3", "line 4", "line 5", "line 6");
    }

    @Test
    void aBatchLargerThanTheBufferKeepsOnlyItsNewestLines() {
        LogModel model = model(3);
        model.append(Lines.numbered(0, 2));
        LogModel.Delta delta = model.append(Lines.numbered(2, 10));
        assertThat(delta.removed()).isEqualTo(2);
        assertThat(texts(delta)).containsExactly("line 9", "line 10", "line 11");
        assertThat(model.shownCount()).isEqualTo(3);
    }

    @Test
    void droppedLinesThatWereFilteredOutRemoveNoParagraphs() {
        LogModel model = model(4);
        model.filter(new LineFilter("ERROR", false, true, false, false));
        model.append(Lines.of("a", "ERROR one", "b", "c"));
        LogModel.Delta delta = model.append(Lines.of("d"));
        assertThat(delta.removed()).isZero();
        delta = model.append(Lines.of("e"));
        assertThat(delta.removed()).isEqualTo(1);
        assertThat(model.shownCount()).isZero();
    }

    @Test
    void filterShowsMatchesInverseShowsTheRestAndTheBufferKeepsEverything() {
        LogModel model = model(100);
        model.append(Lines.of("GET /health 200", "GET /api 500 error", "POST /api 201"));
        assertThat(texts(model.filter(new LineFilter("api", false, false, false, false))))
                .containsExactly("GET /api 500 error", "POST /api 201");
        assertThat(texts(model.filter(new LineFilter("api", false, false, true, false))))
                .containsExactly("GET /health 200");
        assertThat(texts(model.filter(LineFilter.NONE))).hasSize(3);
        assertThat(model.buffered()).isEqualTo(3);
    }

    @Test
    void caseSensitivityAndRegexAreHonoured() {
        LogModel model = model(100);
        model.append(Lines.of("Error at 1", "error at 2", "ok 33"));
        assertThat(model.filter(new LineFilter("error", false, true, false, false)).added()).isEqualTo(1);
        assertThat(model.filter(new LineFilter("error", false, false, false, false)).added()).isEqualTo(2);
        assertThat(texts(model.filter(new LineFilter("\\d{2}", true, false, false, false)))).containsExactly("ok 33");
        assertThat(texts(model.filter(new LineFilter("\\d{2}", false, false, false, false)))).isEmpty();
    }

    @Test
    void anInvalidRegexIsASentenceAndTheOldFilterStays() {
        LogModel model = model(100);
        model.append(Lines.of("a", "b"));
        model.filter(new LineFilter("a", false, false, false, false));
        assertThatThrownBy(() -> model.filter(new LineFilter("(unclosed", true, false, false, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a valid regular expression: Unclosed group");
        assertThat(model.filter().query()).isEqualTo("a");
        assertThat(model.shownTexts()).containsExactly("a");
    }

    @Test
    void highlightShowsEveryLineAndMarksTheMatches() {
        LogModel model = model(100);
        model.append(Lines.of("disk full on /var", "all good"));
        LogModel.Delta delta = model.filter(new LineFilter("full", false, false, false, true));
        assertThat(texts(delta)).containsExactly("disk full on /var", "all good");
        List<RenderedLine.Segment> first = rendered(delta).get(0).segments();
        assertThat(first).extracting(RenderedLine.Segment::length).containsExactly(5, 4, 8);
        assertThat(first.get(1).classes()).contains(LineRenderer.MATCH);
        assertThat(rendered(delta).get(1).segments()).allSatisfy(s -> assertThat(s.classes())
                .doesNotContain(LineRenderer.MATCH));
    }

    @Test
    void inverseHighlightMarksTheLinesThatDoNotMatch() {
        LogModel model = model(100);
        model.append(Lines.of("disk full", "all good"));
        LogModel.Delta delta = model.filter(new LineFilter("full", false, false, true, true));
        assertThat(rendered(delta).get(0).segments().get(0).classes()).doesNotContain(LineRenderer.MARK);
        assertThat(rendered(delta).get(1).segments().get(0).classes()).contains(LineRenderer.MARK);
    }

    @Test
    void newLinesAreFilteredAsTheyArrive() {
        LogModel model = model(100);
        model.filter(new LineFilter("WARN", false, true, false, false));
        assertThat(texts(model.append(Lines.of("INFO up", "WARN slow", "INFO ok")))).containsExactly("WARN slow");
    }

    @Test
    void togglingTimestampsKeepsTheFilter() {
        LogModel model = model(100);
        model.append(Lines.of("2026-12-01T10:00:01.250Z ERROR boom", "2026-12-01T10:00:02Z INFO fine"));
        model.filter(new LineFilter("boom", false, false, false, false));
        LogModel.Delta delta = model.options(model.options().withTimestamps(true));
        assertThat(texts(delta)).containsExactly("10:00:01.250 2026-12-01T10:00:01.250Z ERROR boom");
        assertThat(model.filter().query()).isEqualTo("boom");
    }

    @Test
    void overlongLinesAreCutForDisplayButExportedWhole() throws IOException {
        LogModel model = model(100);
        String longLine = "x".repeat(5_000);
        LogModel.Delta delta = model.append(Lines.of(longLine));
        String shown = rendered(delta).get(0).text();
        assertThat(shown).startsWith("x".repeat(2_000) + " … [+3000 chars]").hasSizeLessThan(2_100);
        assertThat(model.shownLine(0).text()).hasSize(5_000);
        Path out = dir.resolve("long.log");
        model.export(out);
        assertThat(Files.readString(out)).isEqualTo(longLine + "\n");
    }

    @Test
    void exportWritesExactlyTheShownLines() throws IOException {
        LogModel model = model(100);
        model.append(Lines.of("INFO a", "ERROR b", "INFO c", "ERROR \u001b[31md\u001b[0m"));
        model.filter(new LineFilter("ERROR", false, true, false, false));
        Path out = dir.resolve("errors.log");
        assertThat(model.export(out)).isEqualTo(2);
        assertThat(Files.readAllLines(out)).containsExactly("ERROR b", "ERROR d");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("errors.log");
        }
    }

    @Test
    void exportToAnUnwritablePlaceSaysWhyAndLeavesNothing() throws IOException {
        LogModel model = model(100);
        model.append(Lines.of("a"));
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> model.export(notADir.resolve("out.log")))
                .isInstanceOf(LogExport.ExportException.class)
                .hasMessageContaining("does not exist; choose an existing folder");
        assertThatThrownBy(() -> model.export(dir))
                .hasMessageContaining("it is a directory");
        assertThat(Files.readString(notADir)).isEqualTo("x");
    }

    @Test
    void findWalksTheShownLinesBothWaysAndWraps() {
        LogModel model = model(100);
        model.append(Lines.of("alpha", "beta timeout", "gamma", "delta TIMEOUT"));
        assertThat(model.find("timeout", -1, true)).isEqualTo(new LogModel.Found(1, 5, 12));
        assertThat(model.find("timeout", 1, true).line()).isEqualTo(3);
        assertThat(model.find("timeout", 3, true).line()).isEqualTo(1);
        assertThat(model.find("timeout", 1, false).line()).isEqualTo(3);
        assertThat(model.find("missing", 0, true)).isNull();
    }
}
