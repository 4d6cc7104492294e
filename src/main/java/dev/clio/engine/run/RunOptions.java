package dev.clio.engine.run;

import dev.clio.store.ExecutionStore;
import dev.clio.workspace.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to run one workflow.
 *
 * @param workflowFile the file as the user named it (for events and the store), or a label
 * @param inputs values over the workflow's declared input defaults ({@code --input k=v}, {@code --files} as
 *     {@code files}, {@code --lane} as {@code lane})
 * @param maxTokens the budget override, or null (then {@code policy.max_tokens}, then the settings default)
 * @param parallelism how many steps may run at once (at least 1)
 * @param store where executions are recorded, or null for none
 * @param workflowTimeout overrides {@code policy.timeout_minutes} when not null
 * @param stepTimeout overrides every step's {@code timeout_minutes} when not null
 */
public record RunOptions(
        Workspace workspace,
        String workflowFile,
        Map<String, Object> inputs,
        Long maxTokens,
        int parallelism,
        boolean dryRun,
        String userId,
        List<RunListener> listeners,
        ExecutionStore store,
        Clock clock,
        Sleeper sleeper,
        RunSettings settings,
        Duration workflowTimeout,
        Duration stepTimeout) {

    public RunOptions {
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        listeners = List.copyOf(listeners);
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
    }

    public static Builder builder(Workspace workspace) {
        return new Builder(workspace);
    }

    /** Fills in the defaults: all cores, the OS user, the system clock and sleeper, default settings. */
    public static final class Builder {
        private final Workspace workspace;
        private String workflowFile = "<workflow>";
        private final Map<String, Object> inputs = new LinkedHashMap<>();
        private Long maxTokens;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private boolean dryRun;
        private String userId = System.getProperty("user.name", "unknown");
        private final List<RunListener> listeners = new ArrayList<>();
        private ExecutionStore store;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private RunSettings settings = RunSettings.defaults();
        private Duration workflowTimeout;
        private Duration stepTimeout;

        private Builder(Workspace workspace) {
            this.workspace = workspace;
        }

        public Builder workflowFile(String value) {
            workflowFile = value;
            return this;
        }

        public Builder input(String key, Object value) {
            inputs.put(key, value);
            return this;
        }

        public Builder inputs(Map<String, ?> values) {
            inputs.putAll(values);
            return this;
        }

        public Builder maxTokens(Long value) {
            maxTokens = value;
            return this;
        }

        public Builder parallelism(int value) {
            parallelism = value;
            return this;
        }

        public Builder dryRun(boolean value) {
            dryRun = value;
            return this;
        }

        public Builder userId(String value) {
            userId = value;
            return this;
        }

        public Builder listener(RunListener value) {
            listeners.add(value);
            return this;
        }

        public Builder store(ExecutionStore value) {
            store = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder sleeper(Sleeper value) {
            sleeper = value;
            return this;
        }

        public Builder settings(RunSettings value) {
            settings = value;
            return this;
        }

        public Builder workflowTimeout(Duration value) {
            workflowTimeout = value;
            return this;
        }

        public Builder stepTimeout(Duration value) {
            stepTimeout = value;
            return this;
        }

        public RunOptions build() {
            return new RunOptions(workspace, workflowFile, inputs, maxTokens, parallelism, dryRun, userId, listeners,
                    store, clock, sleeper, settings, workflowTimeout, stepTimeout);
        }
    }
}
