package dev.clio.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.connections.ConnectionProblem;
import dev.clio.connections.ConnectionState;
import dev.clio.connections.ConnectionStatus;
import dev.clio.console.common.ConsolePrefs;
import dev.clio.console.common.ConsoleSettings;
import dev.clio.console.common.KpiFeed;
import dev.clio.console.common.PlaceholderView;
import dev.clio.console.common.ViewSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status-bar texts follow the connection monitor's status, with a clock the test sets. */
class ShellStatusTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    private ShellViewModel vm(Clock clock) {
        ConsolePrefs prefs = ConsolePrefs.load(dir);
        return new ShellViewModel(List.of(new ViewSpec("overview", "Overview", "mdi2c-cog-outline", "",
                ctx -> new PlaceholderView("overview", "Overview", ""))), new ConsoleSettings(prefs, null), prefs,
                clock, null);
    }

    private static String hhmmss(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm:ss").format(at.atZone(ZoneId.systemDefault()));
    }

    @Test
    void theMonitorsStateProblemAndRetryReachTheStatusBarAndTheAgeTicksWithKpiRefreshes() {
        ShellViewModel vm = vm(Clock.fixed(T0.plusSeconds(47), ZoneOffset.UTC));
        ConnectionProblem refused = ConnectionProblem.of(dev.clio.ops.OpsException.unavailable("Cannot reach x"));
        vm.connectionChanged(new ConnectionStatus(ConnectionState.DISCONNECTED, refused, T0.plusSeconds(40), T0,
                T0.plusSeconds(51), 3));

        assertThat(vm.stateProperty().get()).isEqualTo("disconnected");
        assertThat(vm.problemProperty().get()).isEqualTo(refused.sentence());
        assertThat(vm.refreshedProperty().get()).isEqualTo("updated " + hhmmss(T0) + " (47 s ago), retrying in 4 s");

        vm.connectionChanged(new ConnectionStatus(ConnectionState.CONNECTED, null, T0.plusSeconds(47),
                T0.plusSeconds(46), null, 0));
        assertThat(vm.stateProperty().get()).isEqualTo("connected");
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.refreshedProperty().get()).isEqualTo("updated " + hhmmss(T0.plusSeconds(46)));

        // a KPI update with a problem does not override the monitor's verdict
        vm.refreshed(new KpiFeed.Update(null, null, "The engine is not answering: x"));
        assertThat(vm.stateProperty().get()).isEqualTo("connected");
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void withoutAMonitorTheKpiRefreshesStandIn() {
        ShellViewModel vm = vm(Clock.fixed(T0.plusSeconds(10), ZoneOffset.UTC));
        vm.connectionChanged(null);
        vm.refreshed(new KpiFeed.Update(null, T0, "The engine is not answering: x"));
        assertThat(vm.stateProperty().get()).isEqualTo("degraded");
        assertThat(vm.refreshedProperty().get()).isEqualTo("updated " + hhmmss(T0) + " (10 s ago)");
    }
}
