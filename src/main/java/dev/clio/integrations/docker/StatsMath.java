package dev.clio.integrations.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Docker's stats formulas over the engine's JSON (the {@code /containers/{id}/stats} answer), the same as
 * {@code docker stats} computes them. Pure functions, so that a sample from any engine can be checked by hand.
 */
final class StatsMath {

    private StatsMath() {
    }

    /** The CPU counters of one sample: container total, host total, online CPUs. */
    record Cpu(long total, long system, int onlineCpus) {
        boolean present() {
            return total > 0 && system > 0;
        }
    }

    static Cpu cpu(JsonNode stats, String field) {
        JsonNode cpu = stats.path(field);
        int online = cpu.path("online_cpus").asInt(0);
        if (online <= 0) {
            online = Math.max(1, cpu.path("cpu_usage").path("percpu_usage").size());
        }
        return new Cpu(cpu.path("cpu_usage").path("total_usage").asLong(0), cpu.path("system_cpu_usage").asLong(0),
                online);
    }

    /** CPU delta / system delta x online CPUs x 100; null when the two samples cannot be compared. */
    static Double cpuPercent(Cpu previous, Cpu current) {
        if (previous == null || !previous.present() || !current.present()) {
            return null;
        }
        long cpuDelta = current.total() - previous.total();
        long systemDelta = current.system() - previous.system();
        if (systemDelta <= 0 || cpuDelta < 0) {
            return null;
        }
        return (double) cpuDelta / systemDelta * current.onlineCpus() * 100.0;
    }

    /** Usage minus cache: {@code inactive_file} (cgroup v2), {@code total_inactive_file} or {@code cache} (v1). */
    static long memoryUsed(JsonNode stats) {
        JsonNode memory = stats.path("memory_stats");
        long usage = memory.path("usage").asLong(0);
        JsonNode detail = memory.path("stats");
        long cache = 0;
        for (String field : new String[] {"inactive_file", "total_inactive_file", "cache"}) {
            if (detail.has(field)) {
                cache = detail.path(field).asLong(0);
                break;
            }
        }
        return Math.max(0, cache < usage ? usage - cache : usage);
    }

    static long memoryLimit(JsonNode stats) {
        return stats.path("memory_stats").path("limit").asLong(0);
    }

    /** {rx, tx} summed over every network of the container. */
    static long[] network(JsonNode stats) {
        long rx = 0;
        long tx = 0;
        Iterator<Map.Entry<String, JsonNode>> networks = stats.path("networks").fields();
        while (networks.hasNext()) {
            JsonNode n = networks.next().getValue();
            rx += n.path("rx_bytes").asLong(0);
            tx += n.path("tx_bytes").asLong(0);
        }
        return new long[] {rx, tx};
    }

    /** {read, write} bytes summed over every device of {@code io_service_bytes_recursive}. */
    static long[] blockIo(JsonNode stats) {
        long read = 0;
        long write = 0;
        for (JsonNode entry : stats.path("blkio_stats").path("io_service_bytes_recursive")) {
            String op = entry.path("op").asText("").toLowerCase(Locale.ROOT);
            if (op.equals("read")) {
                read += entry.path("value").asLong(0);
            } else if (op.equals("write")) {
                write += entry.path("value").asLong(0);
            }
        }
        return new long[] {read, write};
    }

    static Instant read(JsonNode stats, Instant fallback) {
        try {
            Instant read = Instant.parse(stats.path("read").asText(""));
            return read.getEpochSecond() <= 0 ? fallback : read;
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** The sample as a record; {@code previous} is this container's last sample when the engine sent no precpu. */
    static ContainerStats stats(String id, String name, JsonNode sample, Cpu previous, Instant now) {
        Cpu current = cpu(sample, "cpu_stats");
        Cpu pre = cpu(sample, "precpu_stats");
        Double percent = cpuPercent(pre.present() ? pre : previous, current);
        long[] net = network(sample);
        long[] block = blockIo(sample);
        return new ContainerStats(id, name, percent, memoryUsed(sample), memoryLimit(sample), net[0], net[1],
                block[0], block[1], read(sample, now));
    }
}
