package dev.clio.integrations.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Samples the stats of running containers in parallel on a bounded pool with its own connections, one
 * {@code stream=false&one-shot=true} request each (a plain {@code stream=false} makes the daemon sample twice, about
 * two seconds). One-shot answers may carry no previous CPU sample (Podman's never do); the last sample of each
 * container is kept to compare with, and a container seen for the first time is sampled a second time shortly after.
 */
final class StatsSampler {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Duration SECOND_SAMPLE_AFTER = Duration.ofMillis(300);

    private final DockerHttpClient http;
    private final ExecutorService pool;
    private final Duration timeout;
    private final Map<String, StatsMath.Cpu> previous = new ConcurrentHashMap<>();

    StatsSampler(DockerHttpClient http, ExecutorService pool, Duration timeout) {
        this.http = http;
        this.pool = pool;
        this.timeout = timeout;
    }

    /**
     * Samples these (running) containers; one that does not answer within the timeout, or stopped meanwhile, is left
     * out rather than holding up the others.
     */
    List<ContainerStats> sample(List<ContainerInfo> running) throws InterruptedException {
        List<Future<ContainerStats>> futures = new ArrayList<>(running.size());
        for (ContainerInfo c : running) {
            futures.add(pool.submit(() -> sampleOne(c)));
        }
        long deadline = System.nanoTime() + timeout.multipliedBy(2).plus(SECOND_SAMPLE_AFTER).toNanos();
        List<ContainerStats> out = new ArrayList<>(running.size());
        for (Future<ContainerStats> f : futures) {
            try {
                out.add(f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                f.cancel(true);
            }
        }
        previous.keySet().retainAll(running.stream().map(ContainerInfo::id).toList());
        return List.copyOf(out);
    }

    private ContainerStats sampleOne(ContainerInfo c) throws IOException, InterruptedException {
        JsonNode sample = fetch(c.id());
        StatsMath.Cpu before = previous.get(c.id());
        if (before == null && !StatsMath.cpu(sample, "precpu_stats").present()) {
            before = StatsMath.cpu(sample, "cpu_stats");
            Thread.sleep(SECOND_SAMPLE_AFTER.toMillis());
            sample = fetch(c.id());
        }
        previous.put(c.id(), StatsMath.cpu(sample, "cpu_stats"));
        return StatsMath.stats(c.id(), c.name(), sample, before, Instant.now());
    }

    private JsonNode fetch(String id) throws IOException {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET)
                .path("/v" + EngineClients.API_VERSION + "/containers/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                        + "/stats?stream=false&one-shot=true").build();
        try (DockerHttpClient.Response response = http.execute(request); InputStream body = response.getBody()) {
            if (response.getStatusCode() != 200) {
                throw new IOException("stats of " + id + " answered HTTP " + response.getStatusCode());
            }
            return JSON.readTree(body);
        }
    }
}
