package dev.clio.console.workflows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Notices local files changed outside the editor: while the view is shown it compares, every {@link #PERIOD}, each
 * open file on disk with the text the editor last opened or saved (content, not timestamps, so a touch is not a
 * change). It reads on the IO executor and reports each new disk content once, on the UI thread.
 */
final class DiskWatch {

    static final Duration PERIOD = Duration.ofSeconds(1);

    private final EditorServices services;
    private final Supplier<List<WorkflowEditor>> editors;
    private final BiConsumer<WorkflowEditor, String> changed;
    // editor -> the disk text already reported, so one change is offered once
    private final Map<WorkflowEditor, String> reported = new HashMap<>();
    private ScheduledFuture<?> poll;

    DiskWatch(EditorServices services, Supplier<List<WorkflowEditor>> editors,
            BiConsumer<WorkflowEditor, String> changed) {
        this.services = services;
        this.editors = editors;
        this.changed = changed;
    }

    void start() {
        if (poll == null) {
            poll = services.scheduler().scheduleWithFixedDelay(() -> services.ui().execute(this::check),
                    PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void stop() {
        if (poll != null) {
            poll.cancel(false);
            poll = null;
        }
    }

    /** Compares now (UI thread): snapshots the open local files, reads them in the background. */
    void check() {
        List<Watched> watched = new ArrayList<>();
        for (WorkflowEditor editor : editors.get()) {
            if (editor.locationProperty().get() instanceof FileLocation.Local local) {
                watched.add(new Watched(editor, local.path(), editor.savedText()));
            }
        }
        reported.keySet().retainAll(editors.get());
        if (watched.isEmpty()) {
            return;
        }
        services.io().execute(() -> {
            Map<Watched, String> differ = new HashMap<>();
            for (Watched w : watched) {
                String disk = read(w.path());
                if (disk != null && !disk.equals(w.saved())) {
                    differ.put(w, disk);
                }
            }
            if (!differ.isEmpty()) {
                services.ui().execute(() -> report(differ));
            }
        });
    }

    private void report(Map<Watched, String> differ) {
        differ.forEach((w, disk) -> {
            // still the same base text, and not already offered for this disk content
            if (w.saved().equals(w.editor().savedText()) && !disk.equals(reported.get(w.editor()))) {
                reported.put(w.editor(), disk);
                changed.accept(w.editor(), disk);
            }
        });
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private record Watched(WorkflowEditor editor, Path path, String saved) {
    }
}
