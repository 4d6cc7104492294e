package dev.clio.cli;

import dev.clio.ops.Durations;
import dev.clio.ops.Metrics;
import dev.clio.ops.Operations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code metrics}: the "High Error Rate" summary (requests, errors by kind, latency, workflow outcomes). */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Request and workflow metrics over a window: error rate, latency, errors by kind, endpoints.")
final class MetricsCommand extends OpsCommand {

    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "1h",
            description = "How far back, e.g. 5m, 1h, 24h (default: ${DEFAULT-VALUE}).")
    String window;

    @Override
    int run(Operations ops, Output out) {
        Metrics.Summary s = ops.metricsSummary(Durations.parse("--window", window));
        if (out.json()) {
            out.printJson(s);
            return ExitCodes.OK;
        }
        new TextBlock().add("Window", window).add("Requests", s.totalRequests())
                .add("Errors", s.errorRequests() + " (" + Formats.ratio(s.errorRate()) + ")")
                .add("Latency", "p50 " + Formats.millis(s.latency().p50Ms()) + ", p95 "
                        + Formats.millis(s.latency().p95Ms()) + ", p99 " + Formats.millis(s.latency().p99Ms()))
                .add("Executions", s.workflowExecutions() + " (" + s.successfulExecutions() + " succeeded, "
                        + s.failedExecutions() + " failed)")
                .add("Success rate", s.workflowExecutions() == 0 ? "-"
                        : Formats.ratio(s.successRate()))
                .add("Avg completion", Formats.decimal(s.averageCompletionSeconds()) + " s").print(out.out());
        TextTable errors = TextTable.counts("error", "count", s.errors());
        if (!errors.isEmpty()) {
            out.out().println();
            errors.print(out.out());
        }
        if (!s.endpoints().isEmpty()) {
            out.out().println();
            TextTable endpoints = new TextTable("method", "endpoint", "status", "count");
            s.endpoints().forEach(e -> endpoints.row(e.method(), e.endpoint(), e.status(), e.count()));
            endpoints.print(out.out());
        }
        return ExitCodes.OK;
    }
}
