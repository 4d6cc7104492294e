package dev.clio.engine.adapter.verify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Files, insertions and deletions of a unified diff or of {@code git diff --numstat} output. */
record DiffStats(int files, long insertions, long deletions) {

    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@");

    long lines() {
        return insertions + deletions;
    }

    /** Parses hunk by hunk, so that content lines starting with "---" or "+++" are counted as changes. */
    static DiffStats ofUnifiedDiff(String diff) {
        int files = 0;
        long insertions = 0;
        long deletions = 0;
        long oldLeft = 0;
        long newLeft = 0;
        boolean gitHeader = false;
        for (String line : diff.split("\n", -1)) {
            if (oldLeft > 0 || newLeft > 0) {
                char c = line.isEmpty() ? ' ' : line.charAt(0);
                if (c == '+') {
                    insertions++;
                    newLeft--;
                } else if (c == '-') {
                    deletions++;
                    oldLeft--;
                } else if (c != '\\') {
                    oldLeft--;
                    newLeft--;
                }
                continue;
            }
            Matcher hunk = HUNK.matcher(line);
            if (hunk.find()) {
                oldLeft = hunk.group(1) == null ? 1 : Long.parseLong(hunk.group(1));
                newLeft = hunk.group(2) == null ? 1 : Long.parseLong(hunk.group(2));
            } else if (line.startsWith("diff --git ")) {
                files++;
                gitHeader = true;
            } else if (line.startsWith("+++ ") && !gitHeader) {
                files++;
            } else if (line.startsWith("+++ ")) {
                gitHeader = false;
            }
        }
        return new DiffStats(files, insertions, deletions);
    }

    /** {@code <added>\t<deleted>\t<path>} per file; binary files show "-" and count as a file without lines. */
    static DiffStats ofNumstat(String numstat) {
        int files = 0;
        long insertions = 0;
        long deletions = 0;
        for (String line : numstat.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length < 3) {
                continue;
            }
            files++;
            insertions += parts[0].equals("-") ? 0 : Long.parseLong(parts[0]);
            deletions += parts[1].equals("-") ? 0 : Long.parseLong(parts[1]);
        }
        return new DiffStats(files, insertions, deletions);
    }
}
