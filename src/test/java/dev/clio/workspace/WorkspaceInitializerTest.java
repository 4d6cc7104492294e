package dev.clio.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceInitializerTest {

    private static final List<String> LAYOUT = List.of(".ai", ".ai/workflows", ".ai/schemas", ".ai/runbooks",
            "artifacts", "logs", "security", "incidents", "config", "cache");

    @TempDir
    Path tmp;

    @Test
    void createsTheLayoutTheSamplesAndTheSchemas() throws IOException {
        Path root = tmp.resolve("nested/ws");
        InitReport report = WorkspaceInitializer.initialize(root);

        for (String dir : LAYOUT) {
            assertThat(root.resolve(dir)).isDirectory();
            assertThat(report.created()).contains(root.resolve(dir));
        }
        for (Sample sample : Samples.all()) {
            assertThat(root.resolve(".ai/workflows").resolve(sample.fileName())).hasBinaryContent(sample.content());
        }
        for (String schema : WorkspaceInitializer.SCHEMAS) {
            assertThat(root.resolve(".ai/schemas").resolve(schema)).hasBinaryContent(classpath(schema));
        }
        try (var in = getClass().getResourceAsStream(WorkspaceInitializer.RUNBOOK_SCHEMA_RESOURCE)) {
            assertThat(root.resolve(".ai/schemas/runbook.schema.json")).hasBinaryContent(in.readAllBytes());
        }
        assertThat(report.kept()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.created()).doesNotHaveDuplicates().allMatch(p -> p.startsWith(root));
        assertThat(report.display(root.resolve(".ai/workflows"))).isEqualTo(".ai/workflows/");
        assertThat(report.display(root.resolve(".ai/workflows/HELLO.yaml"))).isEqualTo(".ai/workflows/HELLO.yaml");
    }

    @Test
    void theSecurityDirectoryIsOwnerOnly() throws IOException {
        WorkspaceInitializer.initialize(tmp);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("security"))))
                .isEqualTo("rwx------");
    }

    @Test
    void aSecondRunKeepsEveryPathUnchanged() throws IOException {
        InitReport first = WorkspaceInitializer.initialize(tmp);
        Path hello = tmp.resolve(".ai/workflows/HELLO.yaml");
        Files.writeString(hello, "name: mine\n");
        Files.setLastModifiedTime(hello, FileTime.fromMillis(1_000_000_000_000L));
        Map<Path, String> before = snapshot(tmp);

        InitReport second = WorkspaceInitializer.initialize(tmp);

        assertThat(second.created()).isEmpty();
        assertThat(first.kept()).containsExactly(tmp);
        assertThat(second.kept()).containsAll(first.created()).contains(tmp).hasSize(first.created().size() + 1);
        assertThat(snapshot(tmp)).isEqualTo(before);
        assertThat(hello).hasContent("name: mine");
    }

    @Test
    void aDeletedSampleIsRestoredAndNothingElseIsTouched() throws IOException {
        WorkspaceInitializer.initialize(tmp);
        Path slow = tmp.resolve(".ai/workflows/SLOW_STEPS.yaml");
        Files.delete(slow);

        InitReport report = WorkspaceInitializer.initialize(tmp);

        assertThat(report.created()).containsExactly(slow);
        assertThat(slow).hasBinaryContent(Samples.get("SLOW_STEPS.yaml").content());
    }

    @Test
    void refusesATargetThatIsARegularFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> WorkspaceInitializer.initialize(file)).isInstanceOf(IOException.class)
                .hasMessage("cannot create a workspace in " + file + ": it is a file, not a directory;"
                        + " choose another directory");
        assertThat(file).hasContent("keep me");
    }

    @Test
    void aFileWhereALayoutDirectoryBelongsIsAClearErrorAndIsKept() throws IOException {
        Path logs = Files.writeString(tmp.resolve("logs"), "not a directory");
        assertThatThrownBy(() -> WorkspaceInitializer.initialize(tmp))
                .hasMessage(logs + " exists but is not a directory; move it away and run init again");
        assertThat(logs).hasContent("not a directory");
    }

    @Test
    void anOpenSecurityDirectoryIsKeptWithAWarning() throws IOException {
        Files.createDirectories(tmp.resolve("security"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        InitReport report = WorkspaceInitializer.initialize(tmp);
        assertThat(report.kept()).contains(tmp.resolve("security"));
        assertThat(report.warnings()).singleElement().asString()
                .startsWith("security/ is accessible to other users (mode rwxr-xr-x); run: chmod 700");
    }

    @Test
    void aReadOnlyParentIsAOneLinePermissionError() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root ignores directory permissions");
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> WorkspaceInitializer.initialize(locked.resolve("ws")))
                    .isInstanceOf(IOException.class).hasMessage(locked.resolve("ws") + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static byte[] classpath(String schema) throws IOException {
        try (InputStream in = WorkspaceInitializerTest.class.getResourceAsStream("/dev/clio/schemas/" + schema)) {
            assertThat(in).as("schema resource %s", schema).isNotNull();
            return in.readAllBytes();
        }
    }

    /** Every path under the root with its kind, size, content hash and modification time. */
    static Map<Path, String> snapshot(Path root) throws IOException {
        Map<Path, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                String content = Files.isRegularFile(p) ? Integer.toString(Files.readString(p).hashCode()) : "dir";
                state.put(p, content + " " + Files.getLastModifiedTime(p) + " " + Files.getPosixFilePermissions(p));
            }
        }
        return state;
    }
}
