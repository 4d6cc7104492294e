package dev.clio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessOwnerTest {

    private final String here = ProcessOwner.localHost();

    @Test
    void thisProcessIsAlive() {
        assertThat(ProcessOwner.current().isAliveHere(here)).isTrue();
        assertThat(ProcessOwner.current().host()).isEqualTo(here);
    }

    @Test
    void aPidReusedByALaterProcessIsNotTheOwner() {
        ProcessOwner self = ProcessOwner.current();
        ProcessOwner earlier = new ProcessOwner(here, self.pid(), self.startedAt().minus(Duration.ofHours(1)));

        assertThat(earlier.isAliveHere(here)).isFalse();
    }

    @Test
    void anExitedProcessIsNotAlive() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();

        assertThat(new ProcessOwner(here, process.pid(), null).isAliveHere(here)).isFalse();
    }

    @Test
    void anOwnerOnAnotherHostIsNeverAliveHere() {
        ProcessOwner self = ProcessOwner.current();

        assertThat(new ProcessOwner("elsewhere", self.pid(), self.startedAt()).isAliveHere(here)).isFalse();
    }
}
