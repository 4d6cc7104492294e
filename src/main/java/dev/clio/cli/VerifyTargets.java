package dev.clio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the command line's files and directories into the files to verify, in a stable order. */
final class VerifyTargets {

    private VerifyTargets() {
    }

    /**
     * Files are taken as given (any extension); directories contribute their {@code *.yaml}/{@code *.yml} files,
     * recursively and sorted. Blocks on file-system IO.
     *
     * @throws NoSuchFileException for a target that does not exist
     */
    static List<Path> expand(List<Path> targets) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                try (Stream<Path> walk = Files.walk(target)) {
                    walk.filter(Files::isRegularFile).filter(VerifyTargets::isYaml).sorted().forEach(files::add);
                }
            } else if (Files.exists(target)) {
                files.add(target);
            } else {
                throw new NoSuchFileException(target.toString());
            }
        }
        return files;
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
