package dev.clio.integrations.docker;

import java.time.Instant;

/**
 * One stats sample of a running container, computed with Docker's formulas.
 *
 * @param cpuPercent CPU delta / system delta x online CPUs x 100 (100 = one CPU fully used); null when the engine
 *     gave no second sample to compare with
 * @param memoryUsedBytes usage minus page cache ({@code inactive_file} on cgroup v2, {@code cache} on v1)
 * @param memoryLimitBytes the container's limit (the host's memory when unlimited)
 */
public record ContainerStats(String id, String name, Double cpuPercent, long memoryUsedBytes, long memoryLimitBytes,
        long netRxBytes, long netTxBytes, long blockReadBytes, long blockWriteBytes, Instant measuredAt) {

    /** Used memory as a percentage of the limit, or null when the engine reports no limit. */
    public Double memoryPercent() {
        return memoryLimitBytes <= 0 ? null : 100.0 * memoryUsedBytes / memoryLimitBytes;
    }
}
