package dev.clio.ops.embedded;

import dev.clio.ops.Resources;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Process and machine figures from {@code /proc} and the JDK's management beans; no native library. Values that
 * this platform does not report are 0 (memory, files) so that the record stays plain numbers.
 */
final class SystemProbe {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path FDS = Path.of("/proc/self/fd");
    private static final Path MEMINFO = Path.of("/proc/meminfo");

    private SystemProbe() {
    }

    /** Blocks briefly on {@code /proc} reads and a file-store query of {@code volume}. */
    static Resources.SystemStatus measure(Path volume) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long[] disk = disk(volume);
        long diskUsed = disk[0] - disk[1];
        return new Resources.SystemStatus(rssBytes(), heap.getUsed(), heap.getMax(), openFiles(),
                percent(os().getProcessCpuLoad()), percent(os().getCpuLoad()), memoryPercent(), disk[0], diskUsed,
                disk[0] == 0 ? 0 : 100.0 * diskUsed / disk[0], Runtime.getRuntime().availableProcessors(),
                Instant.now());
    }

    /** Machine CPU load in percent, or null while the JDK has no sample yet or cannot tell. */
    static Double systemCpuPercent() {
        double load = os().getCpuLoad();
        return load < 0 || Double.isNaN(load) ? null : load * 100;
    }

    /** Used memory in percent: MemAvailable of {@code /proc/meminfo} when present (page cache is not "used"). */
    static double memoryPercent() {
        long total = os().getTotalMemorySize();
        long available = procValue(MEMINFO, "MemAvailable:");
        long free = available > 0 ? available : os().getFreeMemorySize();
        return total <= 0 ? 0 : 100.0 * (total - free) / total;
    }

    /** {total, usable} bytes of the volume holding {@code path}; zeros when it cannot be read. */
    static long[] disk(Path path) {
        try {
            FileStore store = Files.getFileStore(existing(path));
            return new long[] {store.getTotalSpace(), store.getUsableSpace()};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }

    private static Path existing(Path path) {
        Path p = path.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? Path.of("/") : p;
    }

    static long rssBytes() {
        return procValue(STATUS, "VmRSS:");
    }

    static long openFiles() {
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.count();
        } catch (IOException | UnsupportedOperationException e) {
            return 0;
        }
    }

    /** A {@code Name:   123 kB} line of a {@code /proc} file, in bytes; 0 when absent. */
    private static long procValue(Path file, String name) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).trim().split("\\s+");
                    long value = Long.parseLong(parts[0]);
                    return parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static double percent(double load) {
        return load < 0 || Double.isNaN(load) ? 0 : load * 100;
    }

    private static com.sun.management.OperatingSystemMXBean os() {
        return (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    }
}
