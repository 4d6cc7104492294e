package dev.clio.ops.embedded;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.util.function.ToDoubleFunction;

/**
 * The inputs of the KPIs that no other meter carries, so that Prometheus can compute them for a fleet
 * ({@code docs/monitoring.md}): {@code system_memory_total_bytes}, {@code system_memory_available_bytes} (machine
 * memory, MemAvailable where {@code /proc/meminfo} has it), {@code workspace_disk_total_bytes},
 * {@code workspace_disk_usable_bytes} (the volume holding the workspace) and {@code tokens_daily_budget}
 * ({@code max_tokens_default}; 0 when there is none). Read when scraped.
 */
final class KpiGauges {

    private KpiGauges() {
    }

    static void bind(EmbeddedEngine engine, MeterRegistry registry) {
        gauge(registry, "system.memory.total", "bytes", "Machine memory", e -> totalMemory(), engine);
        gauge(registry, "system.memory.available", "bytes", "Machine memory available to new work (MemAvailable)",
                e -> totalMemory() * (1 - SystemProbe.memoryPercent() / 100), engine);
        gauge(registry, "workspace.disk.total", "bytes", "Size of the volume holding the workspace",
                e -> SystemProbe.disk(e.workspace().root())[0], engine);
        gauge(registry, "workspace.disk.usable", "bytes", "Usable space of the volume holding the workspace",
                e -> SystemProbe.disk(e.workspace().root())[1], engine);
        gauge(registry, "tokens.daily.budget", null, "Daily token budget (max_tokens_default; 0 means none)",
                e -> e.settings().maxTokensDefault(), engine);
    }

    private static void gauge(MeterRegistry registry, String name, String unit, String help,
            ToDoubleFunction<EmbeddedEngine> f, EmbeddedEngine engine) {
        // strong: the registry would otherwise drop the gauge once nothing else holds the engine
        Gauge.builder(name, engine, f).baseUnit(unit).description(help).strongReference(true).register(registry);
    }

    private static double totalMemory() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }
}
