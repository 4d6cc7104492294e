package dev.clio.workspace;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns the JDK's file-system exceptions, whose message is often just a path, into one readable line. */
final class FileProblems {

    private FileProblems() {
    }

    static String describe(FileSystemException e) {
        String what;
        if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "a file is in the way";
        } else if (e instanceof NoSuchFileException) {
            what = "no such file or directory";
        } else if (e instanceof NotDirectoryException) {
            what = "not a directory";
        } else {
            what = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
        }
        return e.getFile() + ": " + what;
    }
}
