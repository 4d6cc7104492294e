package dev.clio.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The marks in front of progress lines, with ASCII words for terminals that cannot show the symbols. */
record ProgressSymbols(String started, String succeeded, String failed, String skipped, String retrying,
        String cancelled, String paused, String rule) {

    static final ProgressSymbols UNICODE = new ProgressSymbols("▶", "✓", "✗", "↷", "↻", "■", "‖", "─");
    static final ProgressSymbols ASCII = new ProgressSymbols("RUN", "OK", "FAIL", "SKIP", "RETRY", "STOP", "PAUSE",
            "-");

    /** Unicode only when the output really is UTF-8: anything else would print '?' in their place. */
    static ProgressSymbols forCharset(Charset charset) {
        return StandardCharsets.UTF_8.equals(charset) ? UNICODE : ASCII;
    }
}
