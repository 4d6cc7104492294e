package dev.clio.engine.adapter.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSelectionTest {

    @TempDir
    Path workspace;

    @BeforeEach
    void files() throws Exception {
        for (String file : List.of("src/a.py", "src/pkg/b.py", "src/pkg/c.txt", "tests/test_a.py", "top.py",
                ".git/hooks/x.py", "node_modules/m/y.py", "artifacts/z.py")) {
            Files.createDirectories(workspace.resolve(file).getParent());
            Files.writeString(workspace.resolve(file), "x\n");
        }
    }

    private List<String> select(List<String> patterns, Set<String> extensions) throws Exception {
        return FileSelection.select(workspace, patterns, extensions);
    }

    @Test
    void doubleStarAlsoMatchesNoDirectory() throws Exception {
        assertThat(select(List.of("src/**/*.py"), Set.of())).containsExactly("src/a.py", "src/pkg/b.py");
    }

    @Test
    void directoriesLiteralsAndExtensions() throws Exception {
        assertThat(select(List.of("tests/", "top.py"), Set.of())).containsExactly("tests/test_a.py", "top.py");
        assertThat(select(List.of("src"), Set.of(".txt"))).containsExactly("src/pkg/c.txt");
    }

    @Test
    void vendorAndOrchestratorDirectoriesAreSkipped() throws Exception {
        assertThat(select(List.of("**/*.py"), Set.of(".py")))
                .containsExactly("src/a.py", "src/pkg/b.py", "tests/test_a.py", "top.py");
    }

    @Test
    void patternsThatEscapeTheWorkspaceMatchNothing() throws Exception {
        assertThat(select(List.of("../**/*.py", "/etc/passwd", "../../etc/passwd"), Set.of())).isEmpty();
    }
}
