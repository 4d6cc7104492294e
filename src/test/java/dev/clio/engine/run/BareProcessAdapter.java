package dev.clio.engine.run;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.Availability;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * For {@link ShellDagBenchmark} only: a {@code shell} look-alike that runs {@code true} with a bare
 * {@link ProcessBuilder} (no capture threads, no timeout, no tree kill, no checks), so that the engine's share of a
 * shell step can be told apart from the process runner's.
 */
final class BareProcessAdapter implements Adapter {

    @Override
    public AdapterSpec spec() {
        return BuiltinAdapterSpecs.get("shell");
    }

    @Override
    public Availability availability() {
        return Availability.available(null);
    }

    @Override
    public long estimateTokens(StepRequest request) {
        return 0;
    }

    @Override
    public AdapterResult execute(StepRequest request, StepContext context) throws InterruptedException {
        try {
            return ShellDagBenchmark.runBare(context.workspace()) == 0 ? AdapterResult.ok("", List.of(), Map.of())
                    : AdapterResult.failed("true failed");
        } catch (IOException e) {
            return AdapterResult.failed(e.getMessage());
        }
    }
}
