package dev.clio.console.common.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * ANSI escape codes: SGR colours (30–37, 90–97) and bold become style runs; every other escape sequence is removed,
 * so a code is never shown raw. Background colours, 256-colour and RGB codes are dropped, not rendered.
 */
public final class Ansi {

    /** The text without codes and the colour runs over it. */
    public record Parsed(String text, List<StyleRun> runs) {
    }

    private static final char ESC = '\u001b';
    private static final String[] COLOURS = {"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"};
    public static final String PREFIX = "ops-ansi-";

    private Ansi() {
    }

    public static Parsed parse(String raw) {
        if (raw.indexOf(ESC) < 0) {
            return new Parsed(raw, List.of());
        }
        StringBuilder text = new StringBuilder(raw.length());
        List<StyleRun> runs = new ArrayList<>();
        String colour = null;
        boolean bold = false;
        int colourStart = 0;
        int boldStart = 0;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != ESC) {
                text.append(c);
                i++;
                continue;
            }
            int end = sequenceEnd(raw, i);
            if (end > i + 2 && raw.charAt(i + 1) == '[' && raw.charAt(end - 1) == 'm') {
                String before = colour;
                boolean wasBold = bold;
                for (String code : raw.substring(i + 2, end - 1).split(";", -1)) {
                    int n = code.isEmpty() ? 0 : parseCode(code);
                    if (n == 0) {
                        colour = null;
                        bold = false;
                    } else if (n == 1) {
                        bold = true;
                    } else if (n == 22) {
                        bold = false;
                    } else if (n == 39) {
                        colour = null;
                    } else if (n >= 30 && n <= 37) {
                        colour = COLOURS[n - 30];
                    } else if (n >= 90 && n <= 97) {
                        colour = "bright-" + COLOURS[n - 90];
                    }
                }
                int at = text.length();
                if (!java.util.Objects.equals(before, colour)) {
                    close(runs, before, colourStart, at);
                    colourStart = at;
                }
                if (wasBold != bold) {
                    close(runs, wasBold ? "bold" : null, boldStart, at);
                    boldStart = at;
                }
            }
            i = end;
        }
        close(runs, colour, colourStart, text.length());
        close(runs, bold ? "bold" : null, boldStart, text.length());
        return new Parsed(text.toString(), List.copyOf(runs));
    }

    private static void close(List<StyleRun> runs, String name, int start, int end) {
        if (name != null && end > start) {
            runs.add(new StyleRun(start, end, PREFIX + name));
        }
    }

    private static int parseCode(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The index after an escape sequence: CSI ({@code ESC [ ... final}), OSC ({@code ESC ] ... BEL}) or two chars. */
    private static int sequenceEnd(String s, int at) {
        if (at + 1 >= s.length()) {
            return s.length();
        }
        char kind = s.charAt(at + 1);
        if (kind == '[') {
            int i = at + 2;
            while (i < s.length() && (s.charAt(i) < 0x40 || s.charAt(i) > 0x7e)) {
                i++;
            }
            return Math.min(s.length(), i + 1);
        }
        if (kind == ']') {
            int bel = s.indexOf('\u0007', at);
            int st = s.indexOf(ESC + "\\", at + 2);
            int end = bel < 0 ? (st < 0 ? s.length() : st + 2) : (st < 0 ? bel + 1 : Math.min(bel + 1, st + 2));
            return end;
        }
        return at + 2;
    }
}
