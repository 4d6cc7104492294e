package dev.clio.engine.adapter.process;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The members of a process group, read from /proc. A program started by the native launcher leads its own group, so
 * a grandchild that was orphaned (its parent exited, so it is no longer a descendant) is still found and killed.
 */
final class ProcessGroup {

    private static final Path PROC = Path.of("/proc");

    private ProcessGroup() {
    }

    /** The processes whose group is {@code groupId}, the leader excluded; empty when /proc cannot be read. */
    static Set<ProcessHandle> members(long groupId) {
        Set<ProcessHandle> members = new LinkedHashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, ProcessGroup::isPid)) {
            for (Path entry : entries) {
                long pid = Long.parseLong(entry.getFileName().toString());
                if (pid != groupId && groupOf(entry) == groupId) {
                    ProcessHandle.of(pid).ifPresent(members::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A kill path must not fail on a /proc quirk; the process tree is still killed.
        }
        return members;
    }

    private static boolean isPid(Path entry) {
        String name = entry.getFileName().toString();
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    /** Field 5 of /proc/PID/stat; the command name before it may contain spaces and parentheses. */
    private static long groupOf(Path entry) {
        try {
            String stat = Files.readString(entry.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", 4);
            return Long.parseLong(fields[2]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
