package dev.clio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's {@code promtool} and {@code prometheus}; the tests fail, never skip, when they are missing. */
final class Tools {

    static final Path MONITORING = Path.of("packaging", "monitoring");

    private Tools() {
    }

    /** The absolute path of a tool from the Debian {@code prometheus} package. */
    static Path binary(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError(name + " is not installed: install Debian's prometheus package "
                + "(bin/test-deps.sh does when run as root)");
    }

    record Result(int exit, String output) {
    }

    /** Runs promtool with these arguments in {@code dir}, at most 60 s. */
    static Result promtool(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary("promtool").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("promtool " + String.join(" ", args) + " finished").isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
