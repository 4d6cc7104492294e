package dev.clio.server;

import dev.clio.engine.log.AccessLog;
import dev.clio.ops.RequestStats;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a real server over {@link InMemoryOperations} for {@code bench/server-wrk.sh}: a real security gate, key
 * file, audit log and access log in a scratch workspace. Prints {@code PORT=}, {@code KEY=} and {@code READY}, then
 * serves until killed (SIGTERM) or until its standard input closes.
 *
 * <p>Usage: {@code ServerBenchmark <workspace dir> [port]}.
 */
public final class ServerBenchmark {

    private ServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args.length > 0 ? args[0] : Files.createTempDirectory("clio-bench").toString());
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        SecurityGate gate = ServerSecurity.open(ws.resolve("security"));
        String key = gate.keys().create(Role.VIEWER, null, "benchmark", Caller.local("bench")).secret();
        AccessLog accessLog = AccessLog.open(ws.resolve("logs/access.log"));
        RequestStats stats = new RequestStats();
        AsyncAccessLog async = new AsyncAccessLog(accessLog);
        boolean sync = Boolean.getBoolean("clio.syncAccessLog");
        ApiServer server = ApiServer.start(new InMemoryOperations(stats, false), ServerOptions.builder(gate).port(port)
                .stats(stats).accessLog(sync ? AccessRecord.to(accessLog) : async).build());
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            async.close();
            gate.close();
            done.countDown();
        }));
        System.out.println("PORT=" + server.port());
        System.out.println("KEY=" + key);
        System.out.println("READY");
        System.out.flush();
        Thread stdin = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // drain until the script closes our input
                }
            } catch (java.io.IOException e) {
                // treat like end of input
            }
            System.exit(0);
        });
        stdin.setDaemon(true);
        stdin.start();
        done.await();
    }
}
