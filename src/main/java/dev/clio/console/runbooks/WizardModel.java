package dev.clio.console.runbooks;

import dev.clio.console.common.Background;
import dev.clio.kpi.KpiCatalog;
import dev.clio.runbook.Runbook;
import dev.clio.runbook.RunbookStep;
import dev.clio.runbook.Verification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The guided mode over one open runbook: symptoms → investigation → diagnosis → resolution → verification. The
 * verification watches the runbook's first KPI for a chosen time (default five minutes) with the core's
 * {@link Verification}: {@link #tick} (every second, from the view) counts down by the injected clock and samples the
 * KPI off the UI thread every {@code interval}; the outcome is recorded in the run history. No controls.
 */
final class WizardModel {

    enum Stage {
        SYMPTOMS("Symptoms"), INVESTIGATION("Investigation"), DIAGNOSIS("Diagnosis"), RESOLUTION("Resolution"),
        VERIFICATION("Verification");

        final String title;

        Stage(String title) {
            this.title = title;
        }
    }

    static final List<Duration> DURATIONS = List.of(Duration.ofMinutes(1), Verification.DEFAULT_DURATION,
            Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30));

    private final PanelModel panel;
    private final Supplier<Verification> verifications;
    private final Clock clock;
    private final Duration interval;
    private final Executor io;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.SYMPTOMS);
    private final ObjectProperty<Duration> duration = new SimpleObjectProperty<>(this, "duration",
            Verification.DEFAULT_DURATION);
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper nextStep = new ReadOnlyStringWrapper(this, "nextStep", "");
    private Verification.Watch watch;
    private Instant end;
    private Instant lastSample;
    private boolean sampling;

    /**
     * @param verifications a verification over the session's KPI snapshot and catalog
     * @param interval how often the KPI is sampled while watching
     */
    WizardModel(PanelModel panel, Supplier<Verification> verifications, Clock clock, Duration interval, Executor io,
            Executor ui) {
        this.panel = panel;
        this.verifications = verifications;
        this.clock = clock;
        this.interval = interval;
        this.io = io;
        this.ui = ui;
    }

    static WizardModel of(PanelModel panel, RunTarget target, KpiCatalog catalog, Clock clock, Executor io,
            Executor ui) {
        return new WizardModel(panel, () -> new Verification(target.session().operations()::kpiSnapshot, catalog,
                clock), clock, Verification.DEFAULT_INTERVAL, io, ui);
    }

    ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    ObjectProperty<Duration> durationProperty() {
        return duration;
    }

    /** "4 min 12 s left" while watching, else empty. */
    ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    /** "recovered", "not recovered", "watching…" or empty. */
    ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The values before and after, or why verification cannot run. */
    ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** What to try when not recovered; empty otherwise. */
    ReadOnlyStringProperty nextStepProperty() {
        return nextStep.getReadOnlyProperty();
    }

    boolean watching() {
        return watch != null && !watch.result().isDone();
    }

    void go(Stage to) {
        stage.set(to);
    }

    void next() {
        Stage now = stage.get();
        if (now.ordinal() < Stage.values().length - 1) {
            stage.set(Stage.values()[now.ordinal() + 1]);
        }
    }

    void back() {
        Stage now = stage.get();
        if (now.ordinal() > 0) {
            stage.set(Stage.values()[now.ordinal() - 1]);
        }
    }

    /** One line per step that ran: {@code FAIL · Check memory usage: Memory 93 % > 90 %: restart recommended}. */
    List<String> diagnosis() {
        List<String> out = new ArrayList<>();
        for (StepState s : panel.steps()) {
            var r = s.resultOrNull();
            if (r != null && !s.step().isRemediation()) {
                String word = r.ok() ? Texts.verdictWord(r.verdict()) : r.status().toUpperCase(java.util.Locale.ROOT);
                out.add((word.isEmpty() ? "DONE" : word) + " · " + title(s.step()) + ": " + r.summary());
            }
        }
        return out;
    }

    /** The remediations a fail or warn verdict points to, in step order. */
    List<StepState> resolution() {
        List<String> pointed = panel.steps().stream().map(StepState::resultOrNull)
                .filter(r -> r != null && r.next() != null && ("fail".equals(r.verdict())
                        || "warn".equals(r.verdict()))).map(r -> r.next()).toList();
        return panel.steps().stream().filter(s -> s.step().isRemediation() && pointed.contains(s.step().id()))
                .toList();
    }

    /** Starts watching the runbook's KPI: takes the "before" sample off the UI thread. */
    void startVerification() {
        Runbook rb = panel.runbook();
        if (rb.primaryKpi().isEmpty()) {
            outcome.set("");
            detail.set("This runbook names no KPI to watch; check the result by running its investigations again.");
            return;
        }
        String kpi = rb.primaryKpi().get();
        Duration d = duration.get();
        stage.set(Stage.VERIFICATION);
        outcome.set("watching…");
        nextStep.set("");
        detail.set("Reading " + kpi + "…");
        Background.call(() -> verifications.get().begin(kpi, d)).onSuccess(w -> {
            watch = w;
            end = w.before().at().plus(d);
            lastSample = w.before().at();
            detail.set("Before: " + shown(w.before()));
            tick();
        }).onError(p -> {
            outcome.set("");
            detail.set("Verification cannot start: " + p);
        }).runOn(io, ui);
    }

    /** Updates the countdown; samples when due; concludes at the end of the window. UI thread. */
    void tick() {
        if (!watching()) {
            return;
        }
        Instant now = clock.instant();
        Duration left = Duration.between(now, end);
        countdown.set(left.isNegative() || left.isZero() ? "concluding…" : Texts.duration(round(left)) + " left");
        boolean due = !now.isBefore(end) || !now.isBefore(lastSample.plus(interval));
        if (!due || sampling) {
            return;
        }
        sampling = true;
        Verification.Watch w = watch;
        Background.call(w::sample).onSuccess(s -> {
            sampling = false;
            lastSample = s.at();
            if (w.result().isDone()) {
                conclude(w.result().join());
            } else {
                detail.set("Before: " + shown(w.before()) + " · now: " + shown(s));
            }
        }).onError(p -> {
            sampling = false;
            detail.set("The KPI could not be read: " + p + " (trying again)");
        }).runOn(io, ui);
    }

    private void conclude(Verification.Result result) {
        countdown.set("");
        boolean recovered = result.outcome() == Verification.Outcome.RECOVERED;
        outcome.set(result.outcome().label());
        detail.set(result.summary());
        nextStep.set(recovered ? "" : nextAdvice());
        panel.recordVerification(result, p -> detail.set(result.summary() + " (not recorded in the run history: "
                + p + ")"));
    }

    private String nextAdvice() {
        List<StepState> remaining = resolution().stream().filter(s -> s.resultOrNull() == null).toList();
        if (!remaining.isEmpty()) {
            return "Next: " + title(remaining.get(0).step()) + " (" + remaining.get(0).call() + ")";
        }
        return "Next: run the investigations again to see what changed, then follow the manual steps or escalate.";
    }

    private static String shown(Verification.Sample s) {
        String v = s.value() == null ? "no data" : (Math.rint(s.value()) == s.value()
                ? String.valueOf(s.value().longValue()) : String.format(java.util.Locale.ROOT, "%.2f", s.value()));
        return v + " (" + s.level().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private static Duration round(Duration d) {
        return Duration.ofSeconds(d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0));
    }

    static String title(RunbookStep step) {
        return step.title() == null || step.title().isBlank() ? step.id() : step.title();
    }
}
