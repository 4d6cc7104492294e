package dev.clio.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Measures the per-request cost of authentication and auditing. Run by hand (surefire skips it), see docs/security.md:
 * {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt} then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.clio.security.SecurityBenchmark}.
 */
public final class SecurityBenchmark {

    private SecurityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("clio-security-bench");
        Caller admin = Caller.local("bench");
        ApiKeyService keys = ApiKeyService.open(dir.resolve("security"));
        List<String> secrets = new ArrayList<>();
        long created = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            secrets.add(keys.create(Role.OPERATOR, null, "bench " + i, admin).secret());
        }
        report("keys.create (200 keys, one locked rewrite each)", nanosEach(created, 200));
        SecurityGate gate = SecurityGate.open(dir.resolve("security"));
        measure("authenticate, valid key (200 keys on file)", 20_000,
                i -> keys.authenticate(secrets.get(i % secrets.size()), "127.0.0.1", Instant.now()));
        measure("authenticate, unknown key", 20_000,
                i -> keys.authenticate("clio_" + "A".repeat(43), "127.0.0.1", Instant.now()));
        measure("gate admit + authorize, valid key", 20_000, i -> {
            Admission a = gate.admit(secrets.get(i % secrets.size()), "127.0.0.1");
            gate.authorize(a.caller(), "logs.query", null);
        });
        AuditLog audit = AuditLog.open(dir.resolve("security"));
        measure("audit append", 20_000, i -> audit.append(AuditRecord.of(Instant.now(), admin, "workflows.execute",
                "wf-" + i, Map.of("dry_run", true, "files", "**/*.py"), AuditResult.OK, "", Duration.ofMillis(3),
                null)));
        for (int i = 0; i < 80_000; i++) {
            audit.append(AuditRecord.of(Instant.now(), admin, "workflows.execute", "wf-" + i, Map.of(),
                    AuditResult.OK, "", Duration.ZERO, null));
        }
        long lines;
        try (var all = Files.lines(audit.file())) {
            lines = all.count();
        }
        System.out.printf("audit file: %d lines, %.1f MiB%n", lines, Files.size(audit.file()) / 1048576.0);
        measure("audit query newest 100 of 100k lines", 200, i -> audit.query(AuditQuery.latest(100)));
        measure("audit query keys.* (none match: full scan of 100k)", 5,
                i -> audit.query(AuditQuery.latest(100).action("keys.")));
        gate.close();
        audit.close();
        keys.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void measure(String name, int runs, IntTask task) throws Exception {
        for (int i = 0; i < Math.min(runs, 2000); i++) {
            task.run(i); // warm up
        }
        long[] samples = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run(i);
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        System.out.printf("%-55s p50 %9.1f us   p99 %9.1f us%n", name, samples[runs / 2] / 1e3,
                samples[(int) (runs * 0.99)] / 1e3);
    }

    private static void report(String name, long nanosEach) {
        System.out.printf("%-55s mean %8.1f us%n", name, nanosEach / 1e3);
    }

    private static long nanosEach(long start, int count) {
        return (System.nanoTime() - start) / count;
    }

    /** One benchmark iteration. */
    private interface IntTask {
        void run(int i) throws Exception;
    }
}
