package dev.clio.console.common.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogExportTest {

    @TempDir
    Path dir;

    private static final List<String> LINES = IntStream.range(0, 20_000)
            .mapToObj(i -> "2026-12-01T10:00:00Z ERROR line " + i + " of a long export that will not fit")
            .toList();

    @Test
    void writesExactlyTheLinesGiven() throws IOException {
        Path file = dir.resolve("shown.txt");
        LogExport.write(file, List.of("a", "b ✓", ""));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("a\nb ✓\n\n");
        assertThat(leftovers(dir)).isEmpty();
    }

    /** A real full disk: a 64 KiB tmpfs (needs root, as the CI machine and this one have). */
    @Test
    void aFullDiskSaysSoAndLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("tiny"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()),
                "cannot mount a tmpfs here (not root)");
        try {
            Path file = mount.resolve("errors.txt");
            Files.writeString(file, "the previous export\n");
            assertThatThrownBy(() -> LogExport.write(file, LINES))
                    .isInstanceOf(LogExport.ExportException.class)
                    .hasMessage("Cannot export to " + file + ": the disk is full; free some space or choose another"
                            + " disk");
            assertThat(Files.readString(file)).isEqualTo("the previous export\n");
            assertThat(leftovers(mount)).isEmpty();
        } finally {
            run("umount", mount.toString());
        }
    }

    /** A read-only file system refuses even root, so this runs where the CI runs (as root). */
    @Test
    void anUnwritableFolderSaysWhichOne() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("ro"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k,ro", "tmpfs", mount.toString()),
                "cannot mount a tmpfs here (not root)");
        try {
            assertThatThrownBy(() -> LogExport.write(mount.resolve("x.txt"), LINES))
                    .hasMessage("Cannot export to " + mount.resolve("x.txt") + ": the folder " + mount
                            + " is not writable; choose another folder");
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aMissingFolderOrADirectoryAsTargetAreSentences() {
        assertThatThrownBy(() -> LogExport.write(dir.resolve("nope/x.txt"), List.of("a")))
                .hasMessage("Cannot export to " + dir.resolve("nope/x.txt") + ": the folder " + dir.resolve("nope")
                        + " does not exist; choose an existing folder");
        assertThatThrownBy(() -> LogExport.write(dir, List.of("a")))
                .hasMessageContaining("it is a directory; choose a file name");
    }

    private static List<Path> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static boolean run(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
