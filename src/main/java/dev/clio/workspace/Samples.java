package dev.clio.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample workflows shipped in the jar under {@code /dev/clio/samples/}. An index file lists them, so nothing has to
 * scan the classpath (which does not work inside every packaging).
 */
public final class Samples {

    static final String BASE = "/dev/clio/samples/";
    private static final String INDEX = BASE + "index.txt";

    private Samples() {
    }

    /** The sample file names in index order, e.g. {@code HELLO.yaml}. */
    public static List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Resources.text(INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** Every sample with its content, in index order. */
    public static List<Sample> all() throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (String name : names()) {
            samples.add(get(name));
        }
        return List.copyOf(samples);
    }

    /** One sample by file name; an IOException names the missing resource. */
    public static Sample get(String fileName) throws IOException {
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw new IOException("not a sample file name: " + fileName);
        }
        return new Sample(fileName, Resources.bytes(BASE + fileName));
    }

    /** Helpers for classpath resources that fail with a message naming the resource. */
    static final class Resources {
        private Resources() {
        }

        static byte[] bytes(String resource) throws IOException {
            try (InputStream in = Samples.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("classpath resource " + resource
                            + " is missing; the build is incomplete (rebuild the jar)");
                }
                return in.readAllBytes();
            }
        }

        static String text(String resource) throws IOException {
            return new String(bytes(resource), StandardCharsets.UTF_8);
        }
    }
}
