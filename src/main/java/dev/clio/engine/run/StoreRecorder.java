package dev.clio.engine.run;

import dev.clio.store.ExecutionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an execution to the {@link ExecutionStore} as its events happen: started, every attempt, finished steps
 * with their artifacts, pause and resume, the end. Store failures are logged by the emitter, never fatal to the run.
 */
final class StoreRecorder implements RunListener {

    private final ExecutionStore store;
    private final Path workspaceRoot;
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    StoreRecorder(ExecutionStore store, Path workspaceRoot) {
        this.store = store;
        this.workspaceRoot = workspaceRoot;
    }

    @Override
    public void onEvent(RunEvent event) {
        switch (event) {
            case RunEvent.ExecutionStarted e -> store.executionStarted(e.executionId(), e.workflowName(),
                    e.workflowFile(), e.userId(), e.dryRun(), e.at());
            case RunEvent.StepStarted e -> {
                started.add(e.executionId() + "/" + e.stepId());
                store.stepStarted(e.executionId(), e.stepId(), e.stepName(), e.actor(), e.attempt(), e.at());
            }
            case RunEvent.StepFinished e -> finished(e);
            case RunEvent.StepSkipped e -> store.stepSkipped(e.executionId(), e.stepId(), e.stepName(), e.actor(),
                    e.reason(), e.at());
            case RunEvent.ExecutionPaused e -> store.executionStatus(e.executionId(), ExecutionStatus.PAUSED.label());
            case RunEvent.ExecutionResumed e -> store.executionStatus(e.executionId(),
                    ExecutionStatus.RUNNING.label());
            case RunEvent.ExecutionFinished e -> store.executionFinished(e.executionId(), e.status().label(),
                    e.tokensUsed(), e.error(), e.at());
            case RunEvent.StepRetrying e -> {
            }
            case RunEvent.StepOutput e -> {
            }
        }
    }

    private void finished(RunEvent.StepFinished e) {
        if (!started.remove(e.executionId() + "/" + e.stepId())) {
            // Failed before its first attempt (adapter unavailable, budget): the store keeps steps that started.
            store.stepStarted(e.executionId(), e.stepId(), e.stepName(), e.actor(), 1, e.at());
        }
        store.stepFinished(e.executionId(), e.stepId(), e.status().label(), e.tokensUsed(), e.error(), e.at());
        for (String artifact : e.artifacts()) {
            store.artifactRecorded(e.executionId(), e.stepId(), artifact, size(artifact), e.at());
        }
    }

    private long size(String artifact) {
        try {
            return Files.size(workspaceRoot.resolve(artifact));
        } catch (IOException e) {
            return -1;
        }
    }
}
