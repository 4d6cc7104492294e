package dev.clio.console.containers;

import java.util.List;

/** What the detail pane shows of one container: its row, this session's samples and the events seen, newest first. */
record ContainerDetails(ContainerRow row, List<MetricHistory.Sample> history, List<ContainerEvent> events) {
}
