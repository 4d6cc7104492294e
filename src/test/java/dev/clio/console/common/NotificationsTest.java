package dev.clio.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class NotificationsTest {

    @Test
    void aListenerOnTheNoticesSurvivesGarbageCollection() {
        Notifications notifications = new Notifications();
        AtomicInteger changes = new AtomicInteger();
        notifications.notices().addListener((ListChangeListener<Notifications.Notice>) c -> changes.incrementAndGet());
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        notifications.post(new Notifications.Notice(Instant.EPOCH, "t", "x", true));
        assertThat(changes).hasValue(1);
        assertThat(notifications.notices()).hasSize(1);
    }
}
