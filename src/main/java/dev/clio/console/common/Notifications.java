package dev.clio.console.common;

import java.time.Instant;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * In-app notifications, newest first and bounded; the shell shows them as a banner and hands critical ones to the
 * desktop's notification service where there is one. UI thread only.
 */
public final class Notifications {

    /** @param critical raises a system notification (and optional sound) as well */
    public record Notice(Instant at, String title, String text, boolean critical) {
    }

    private static final int LIMIT = 50;
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    // one wrapper for every caller: an unmodifiable view listens to its source weakly, so a fresh view per call is
    // garbage-collected with the listeners added to it (the banner stopped updating after the first GC)
    private final ObservableList<Notice> view = FXCollections.unmodifiableObservableList(notices);

    public ObservableList<Notice> notices() {
        return view;
    }

    public void post(Notice notice) {
        notices.add(0, notice);
        if (notices.size() > LIMIT) {
            notices.remove(LIMIT, notices.size());
        }
    }

    public void dismiss(Notice notice) {
        notices.remove(notice);
    }
}
