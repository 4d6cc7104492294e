package dev.clio.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.ops.Incidents.Event;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process writing a timeline is killed with SIGKILL mid-way; reopening the store finds every entry the process had
 * been told was written (what a console would have shown), with its text.
 */
class IncidentCrashTest {

    private static final int CONFIRMATIONS_BEFORE_KILL = 40;

    @TempDir
    Path dir;

    @Test
    void everyConfirmedEntrySurvivesAKill() throws Exception {
        Path db = dir.resolve("orchestrator.db");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IncidentWriterChild.class.getName(), db.toString()).redirectError(dir.resolve("child.err").toFile())
                .start();
        String id = null;
        Map<Long, String> confirmed = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts[0].equals("incident")) {
                    id = parts[1];
                } else if (parts[0].equals("confirmed")) {
                    confirmed.put(Long.parseLong(parts[2]), "note " + parts[1]);
                    if (confirmed.size() == CONFIRMATIONS_BEFORE_KILL) {
                        // SIGKILL: no shutdown hook, no flush, no close of the pool; through the handle, so that the
                        // pipe stays open and what the child printed before it died is still read
                        child.toHandle().destroyForcibly();
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(id).as("the child declared an incident (see child.err)").isNotNull();
        assertThat(child.exitValue()).as("killed, not ended").isEqualTo(137);
        assertThat(confirmed).hasSizeGreaterThanOrEqualTo(CONFIRMATIONS_BEFORE_KILL);

        try (IncidentFixture reopened = new IncidentFixture(dir)) {
            Map<Long, Object> stored = new LinkedHashMap<>();
            for (Event e : reopened.service.events(id, 0, null).events()) {
                stored.put(e.seq(), e.payload().get("text"));
            }
            confirmed.forEach((seq, text) -> assertThat(stored).as("entry " + seq).containsEntry(seq, text));
            assertThat(reopened.service.get(id).lastSeq()).isEqualTo(stored.size())
                    .isGreaterThanOrEqualTo(confirmed.size() + 1);
        }
    }
}
