package dev.clio.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real git repository in a temp dir, driven by the git binary, for adapter tests. */
public record GitRepo(Path dir) {

    public static GitRepo init(Path dir) throws Exception {
        GitRepo repo = new GitRepo(dir);
        repo.git("init", "-q", "-b", "main");
        return repo;
    }

    public GitRepo write(String path, String content) throws IOException {
        Files.createDirectories(dir.resolve(path).toAbsolutePath().getParent());
        Files.writeString(dir.resolve(path), content);
        return this;
    }

    public GitRepo commitAll(String message) throws Exception {
        git("add", "-A");
        git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-qm", message);
        return this;
    }

    /** Runs git and returns its trimmed stdout; fails the test when git fails. */
    public String git(String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("git"));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
        return out.strip();
    }
}
