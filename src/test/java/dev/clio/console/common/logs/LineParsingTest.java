package dev.clio.console.common.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineParsingTest {

    private static final String JSON = "{\"timestamp\":\"2026-12-01T22:18:01.616Z\",\"level\":\"WARN\","
            + "\"event\":\"step_retry\",\"message\":\"Step 1 retrying\",\"workflow_name\":\"Hello\","
            + "\"details\":{\"attempt\":2},\"tags\":[\"a\"]}";

    @Test
    void levelsAreDetectedInPlainLines() {
        assertThat(Lines.one("2026-12-01 10:00:00 ERROR db down").level()).isEqualTo(LogLevel.ERROR);
        assertThat(Lines.one("[warning] disk at 91%").level()).isEqualTo(LogLevel.WARN);
        assertThat(Lines.one("INFO request failed with error").level()).isEqualTo(LogLevel.INFO);
        assertThat(Lines.one("level=debug msg=tick").level()).isEqualTo(LogLevel.DEBUG);
        assertThat(Lines.one("FATAL: out of memory").level()).isEqualTo(LogLevel.ERROR);
        assertThat(Lines.one("errors=0 informational").level()).isEqualTo(LogLevel.NONE);
    }

    @Test
    void jsonLinesBecomeColumnsWithTheRawLineKept() {
        LogLine line = Lines.one(JSON);
        assertThat(line.json()).isTrue();
        assertThat(line.level()).isEqualTo(LogLevel.WARN);
        assertThat(line.time()).isEqualTo(Instant.parse("2026-12-01T22:18:01.616Z"));
        assertThat(line.columns()).isEqualTo(new JsonColumns("2026-12-01T22:18:01.616Z", "WARN", "step_retry",
                "Hello", "Step 1 retrying"));
        assertThat(line.raw()).isEqualTo(JSON);
        RenderedLine shown = new LineRenderer(RenderOptions.defaults(ZoneOffset.UTC), LineFilter.NONE.compile())
                .render(line);
        assertThat(shown.text()).isEqualTo(
                "22:18:01.616  WARN   step_retry                    Hello             Step 1 retrying");
        assertThat(shown.segments().get(0).classes()).containsExactly("ops-log-warn");
        RenderedLine raw = new LineRenderer(RenderOptions.defaults(ZoneOffset.UTC).withColumns(false),
                LineFilter.NONE.compile()).render(line);
        assertThat(raw.text()).isEqualTo(JSON);
    }

    @Test
    void jsonWithoutALevelFallsBackToTheMessageAndBrokenJsonIsPlain() {
        assertThat(Lines.one("{\"msg\":\"ERROR in handler\"}").level()).isEqualTo(LogLevel.ERROR);
        LogLine broken = Lines.one("{\"level\":\"ERROR\", oops}");
        assertThat(broken.json()).isFalse();
        assertThat(broken.level()).isEqualTo(LogLevel.ERROR);
    }

    @Test
    void leadingTimestampsBecomeTheLineTimeOtherwiseArrival() {
        assertThat(Lines.one("2026-12-01T09:59:58.123456789Z hello").time())
                .isEqualTo(Instant.parse("2026-12-01T09:59:58.123456789Z"));
        assertThat(Lines.one("2026-12-01 09:59:58,500 INFO x").time())
                .isEqualTo(Instant.parse("2026-12-01T09:59:58.500Z"));
        assertThat(Lines.one("no time here").time()).isEqualTo(Lines.ARRIVAL);
    }

    @Test
    void ansiColoursBecomeRunsAndNoCodeIsEverShown() {
        LogLine line = Lines.one("\u001b[1;31mERROR\u001b[0m disk \u001b[32mok\u001b[39m"
                + "\u001b[2K\u001b]0;title\u0007!");
        assertThat(line.text()).isEqualTo("ERROR disk ok!");
        assertThat(line.ansi()).containsExactlyInAnyOrder(new StyleRun(0, 5, "ops-ansi-red"),
                new StyleRun(0, 5, "ops-ansi-bold"), new StyleRun(11, 13, "ops-ansi-green"));
        assertThat(line.level()).isEqualTo(LogLevel.ERROR);
        RenderedLine colours = new LineRenderer(RenderOptions.defaults(ZoneOffset.UTC), LineFilter.NONE.compile())
                .render(line);
        assertThat(colours.segments()).extracting(RenderedLine.Segment::length).containsExactly(5, 6, 2, 1);
        assertThat(colours.segments().get(0).classes()).containsExactly("ops-log-error", "ops-ansi-red",
                "ops-ansi-bold");
        RenderedLine stripped = new LineRenderer(RenderOptions.defaults(ZoneOffset.UTC).withAnsi(false),
                LineFilter.NONE.compile()).render(line);
        assertThat(stripped.text()).isEqualTo("ERROR disk ok!");
        assertThat(stripped.segments()).hasSize(1);
    }

    @Test
    void aTruncatedEscapeAtTheEndIsDropped() {
        assertThat(Lines.one("tail \u001b[3").text()).isEqualTo("tail ");
        assertThat(Lines.one("x\u001b").text()).isEqualTo("x");
    }

    @Test
    void segmentsCoverTheWholeLine() {
        LineRenderer renderer = new LineRenderer(RenderOptions.defaults(ZoneOffset.UTC).withTimestamps(true),
                new LineFilter("o", false, false, false, true).compile());
        for (LogLine line : Lines.of("\u001b[33mwo\u001b[0mrld foo", "plain", "")) {
            RenderedLine r = renderer.render(line);
            assertThat(r.segments().stream().mapToInt(RenderedLine.Segment::length).sum())
                    .isEqualTo(r.text().length());
        }
        List<RenderedLine.Segment> segs = renderer.render(Lines.one("plain")).segments();
        assertThat(segs.get(0).classes()).contains(LineRenderer.TIME);
    }
}
