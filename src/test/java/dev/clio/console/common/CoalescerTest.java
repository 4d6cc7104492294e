package dev.clio.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoalescerTest {

    @Test
    void manyPostsBeforeTheUiRunsBecomeOneUpdateWithTheNewestValue() {
        List<Runnable> queued = new ArrayList<>();
        List<Integer> applied = new ArrayList<>();
        Coalescer<Integer> coalescer = new Coalescer<>(queued::add, applied::add);
        for (int i = 1; i <= 100; i++) {
            coalescer.post(i);
        }
        assertThat(queued).hasSize(1);
        queued.get(0).run();
        assertThat(applied).containsExactly(100);
        coalescer.post(101);
        assertThat(queued).hasSize(2);
        queued.get(1).run();
        assertThat(applied).containsExactly(100, 101);
    }
}
