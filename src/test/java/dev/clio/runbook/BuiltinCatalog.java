package dev.clio.runbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The built-in runbooks as the jar ships them: the files index.txt names, loaded with the standard loader. */
final class BuiltinCatalog {

    static final String DIR = "/dev/clio/runbooks/builtin/";
    private static final RunbookLoader LOADER = RunbookLoader.standard();

    private BuiltinCatalog() {
    }

    /** The file names of index.txt, in order (comments and blank lines left out). */
    static List<String> names() {
        return text("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    static RunbookLoader.Result load(String name) {
        return LOADER.load("builtin:" + name, text(name), Runbook.BUILTIN);
    }

    /** Every built-in, each expected to load cleanly. */
    static List<Runbook> all() {
        return names().stream().map(n -> load(n).runbook().orElseThrow(() -> new AssertionError(
                n + " does not load: " + load(n).diagnostics()))).toList();
    }

    static String text(String name) {
        try (InputStream in = BuiltinCatalog.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new AssertionError(DIR + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
