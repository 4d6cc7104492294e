package dev.clio.runbook;

import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.Diagnostic.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the built-in runbooks from the jar and the user runbooks from a directory, then checks what only the whole
 * set can tell: ids used twice (a built-in wins over a user runbook; the first user file wins over later ones) and
 * {@code next: runbook:ID} links to runbooks that do not exist.
 */
final class CatalogReader {

    static final String BUILTIN_DIR = "/dev/clio/runbooks/builtin/";
    static final int MAX_USER_FILES = 200;

    private final RunbookLoader loader;

    CatalogReader(RunbookLoader loader) {
        this.loader = loader;
    }

    CatalogSnapshot read(Path userDirOrNull) {
        List<Diagnostic> extra = new ArrayList<>();
        return combine(userDirOrNull == null ? List.of() : users(userDirOrNull, extra), extra);
    }

    /** The same, with the user runbooks given as files' texts (a server's, through the API). */
    CatalogSnapshot read(List<dev.clio.ops.Runbooks.Source> sources) {
        List<RunbookLoader.Result> users = new ArrayList<>();
        List<Diagnostic> extra = new ArrayList<>();
        for (dev.clio.ops.Runbooks.Source source : sources) {
            if (users.size() == MAX_USER_FILES) {
                extra.add(at("server", Severity.WARNING, "too-many-runbooks", "only the first " + MAX_USER_FILES
                        + " runbook files are read"));
                break;
            }
            users.add(loader.load("server:" + source.file(), source.text() == null ? "" : source.text(),
                    Runbook.USER));
        }
        return combine(users, extra);
    }

    private CatalogSnapshot combine(List<RunbookLoader.Result> users, List<Diagnostic> extra) {
        List<RunbookLoader.Result> results = new ArrayList<>(builtins());
        int builtinCount = results.size();
        results.addAll(users);
        List<Runbook> kept = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Diagnostic> diagnostics = new ArrayList<>(extra);
        for (int i = 0; i < results.size(); i++) {
            RunbookLoader.Result r = results.get(i);
            diagnostics.addAll(r.diagnostics());
            if (r.runbook().isEmpty()) {
                continue;
            }
            Runbook rb = r.runbook().get();
            if (!ids.add(rb.id())) {
                diagnostics.add(at(r.file(), Severity.ERROR, "duplicate-runbook", "runbook id '" + rb.id()
                        + "' is already used by " + (i >= builtinCount && isBuiltin(kept, rb.id())
                                ? "a built-in runbook, which wins; give this one another id"
                                : "another file, which wins; give this one another id")));
                continue;
            }
            kept.add(rb);
        }
        return new CatalogSnapshot(links(kept, diagnostics), diagnostics);
    }

    /** Drops user runbooks whose {@code next: runbook:ID} names no runbook; built-ins are checked by their tests. */
    private static List<Runbook> links(List<Runbook> kept, List<Diagnostic> diagnostics) {
        Set<String> ids = new HashSet<>();
        kept.forEach(r -> ids.add(r.id()));
        List<Runbook> out = new ArrayList<>();
        for (Runbook rb : kept) {
            List<String> missing = RunbookLinks.targets(rb).stream().filter(t -> !ids.contains(t)).toList();
            if (missing.isEmpty() || rb.source().equals(Runbook.BUILTIN)) {
                out.add(rb);
            } else {
                diagnostics.add(at(rb.file(), Severity.ERROR, "unknown-runbook", "next names runbook:"
                        + missing.get(0) + ", which does not exist; known runbooks: " + String.join(", ", ids)));
            }
        }
        return out;
    }

    private static boolean isBuiltin(List<Runbook> kept, String id) {
        return kept.stream().anyMatch(r -> r.id().equals(id) && r.source().equals(Runbook.BUILTIN));
    }

    List<RunbookLoader.Result> builtins() {
        List<RunbookLoader.Result> out = new ArrayList<>();
        for (String name : index()) {
            out.add(loader.load("builtin:" + name, resource(name), Runbook.BUILTIN));
        }
        return out;
    }

    static List<String> index() {
        return new String(resource("index.txt"), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = CatalogReader.class.getResourceAsStream(BUILTIN_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the built-in runbook " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in runbook " + name, e);
        }
    }

    private List<RunbookLoader.Result> users(Path dir, List<Diagnostic> problems) {
        List<RunbookLoader.Result> out = new ArrayList<>();
        for (Path file : userFiles(dir)) {
            if (out.size() == MAX_USER_FILES) {
                problems.add(at(dir.toString(), Severity.WARNING, "too-many-runbooks", "only the first "
                        + MAX_USER_FILES + " runbook files are read"));
                break;
            }
            try {
                out.add(loader.load(file, Runbook.USER));
            } catch (IOException e) {
                problems.add(at(file.toString(), Severity.ERROR, "unreadable", "cannot read the file: "
                        + e.getMessage()));
            }
        }
        return out;
    }

    /** The {@code *.yaml} and {@code *.yml} regular files of the directory, by name; none when it is missing. */
    static List<Path> userFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
            stream.forEach(p -> {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            });
        } catch (IOException e) {
            return files;
        }
        files.sort(null);
        return files;
    }

    private static Diagnostic at(String file, Severity severity, String rule, String message) {
        return new Diagnostic(file, 1, 1, 1, 2, severity, rule, "", "document", message);
    }
}
