package dev.clio.runbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The runbooks in force: the jar's built-ins plus the user runbooks of a workspace's {@code .ai/runbooks/}, reloaded
 * when those files change. An invalid user runbook is kept out with its diagnostics and never affects the built-ins.
 * Change detection is a cheap poll (names and content checksums of files of at most 256 KiB) so it also works on file systems where a
 * WatchService misses events; {@link #refresh()} can be called directly (tests) or scheduled with {@link #watch}.
 * Thread-safe.
 */
public final class RunbookCatalog {

    private final CatalogReader reader;
    private final Path userDir;
    private final java.util.function.Supplier<List<dev.clio.ops.Runbooks.Source>> remote;
    private volatile List<dev.clio.ops.Runbooks.Source> remoteSources = List.of();
    private final List<Consumer<CatalogSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile CatalogSnapshot snapshot;
    private volatile List<String> fingerprint;

    /** @param userDirOrNull a workspace's .ai/runbooks, or null for the built-ins alone */
    public RunbookCatalog(RunbookLoader loader, Path userDirOrNull) {
        this(loader, userDirOrNull, null);
    }

    private RunbookCatalog(RunbookLoader loader, Path userDirOrNull,
            java.util.function.Supplier<List<dev.clio.ops.Runbooks.Source>> remoteOrNull) {
        this.reader = new CatalogReader(loader);
        this.userDir = userDirOrNull;
        this.remote = remoteOrNull;
        this.fingerprint = fingerprint();
        this.snapshot = read();
    }

    /**
     * Built-ins and a server's user runbooks, fetched with {@link dev.clio.ops.Operations#runbookSources} and loaded
     * here with the same loader; {@link #refresh()} fetches again. Blocks on the call.
     */
    public static RunbookCatalog forServer(dev.clio.ops.Operations ops) {
        return new RunbookCatalog(RunbookLoader.standard(), null, ops::runbookSources);
    }

    /** The user runbook files of a directory as texts (the answer of {@code runbookSources}). Reads files. */
    public static List<dev.clio.ops.Runbooks.Source> sources(Path runbooksDir) {
        List<dev.clio.ops.Runbooks.Source> out = new ArrayList<>();
        for (Path p : CatalogReader.userFiles(runbooksDir)) {
            if (out.size() == CatalogReader.MAX_USER_FILES) {
                break;
            }
            try (var in = Files.newInputStream(p)) {
                byte[] bytes = in.readNBytes(RunbookLoader.MAX_BYTES + 1);
                out.add(new dev.clio.ops.Runbooks.Source(p.getFileName().toString(),
                        new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
            } catch (IOException e) {
                // gone between listing and reading: the next poll sees what is there
            }
        }
        return out;
    }

    private CatalogSnapshot read() {
        return remote == null ? reader.read(userDir) : reader.read(remoteSources);
    }

    /** Built-ins and the workspace's user runbooks, validated against the jar's KPI and alert ids. Reads files. */
    public static RunbookCatalog forWorkspace(Path runbooksDir) {
        return new RunbookCatalog(RunbookLoader.standard(), runbooksDir);
    }

    public static RunbookCatalog builtinsOnly() {
        return new RunbookCatalog(RunbookLoader.standard(), null);
    }

    public CatalogSnapshot snapshot() {
        return snapshot;
    }

    /** Called with each new snapshot after a change, on the refreshing thread. */
    public void onChange(Consumer<CatalogSnapshot> listener) {
        listeners.add(listener);
    }

    /** Re-reads the user runbooks when a file appeared, changed or went away; true when it did. Reads files. */
    public boolean refresh() {
        List<String> now = fingerprint();
        if (Objects.equals(now, fingerprint)) {
            return false;
        }
        fingerprint = now;
        CatalogSnapshot fresh = read();
        snapshot = fresh;
        listeners.forEach(l -> l.accept(fresh));
        return true;
    }

    /** Polls for changes every {@code every} on the given scheduler (from Threads); cancel the returned future. */
    public ScheduledFuture<?> watch(ScheduledExecutorService scheduler, Duration every) {
        long ms = every.toMillis();
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                // a failed poll must not cancel the schedule; the next one retries
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    private List<String> fingerprint() {
        List<String> out = new ArrayList<>();
        if (remote != null) {
            try {
                remoteSources = List.copyOf(remote.get());
            } catch (dev.clio.ops.OpsException e) {
                // the server is unreachable or predates the call: keep what was read (at first the built-ins alone)
            }
            remoteSources.forEach(src -> out.add(src.file() + "|" + java.util.Objects.hashCode(src.text())));
            return out;
        }
        if (userDir == null) {
            return out;
        }
        for (Path p : CatalogReader.userFiles(userDir)) {
            try {
                // content, not modification time: a rewrite within the file system's time granularity still counts
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                try (var in = Files.newInputStream(p)) {
                    crc.update(in.readNBytes(RunbookLoader.MAX_BYTES + 1));
                }
                out.add(p.getFileName() + "|" + crc.getValue());
            } catch (IOException e) {
                out.add(p.getFileName() + "|gone");
            }
        }
        return out;
    }
}
