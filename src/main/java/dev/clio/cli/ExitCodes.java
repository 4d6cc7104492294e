package dev.clio.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE_OR_IO = 2;

    private ExitCodes() {
    }
}
