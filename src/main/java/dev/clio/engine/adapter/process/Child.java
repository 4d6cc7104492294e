package dev.clio.engine.adapter.process;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * A started program as {@link ProcessRunner} drives it, whatever launched it. Not thread-safe: one caller (the
 * thread of {@link ProcessRunner#run}) calls it from start to {@link #close()}.
 */
interface Child extends AutoCloseable {

    /** The process, for descendant scans; empty once it has been reaped by us (its pid may be reused). */
    Optional<ProcessHandle> handle();

    /**
     * Waits up to {@code nanos} for the program to exit, capturing its output meanwhile (or letting capture threads
     * do so); true when it has exited. Reacts to an interrupt within a short slice by throwing.
     */
    boolean awaitExit(long nanos) throws InterruptedException;

    /** The exit code after {@link #awaitExit} returned true: the status, or 128 + the signal that ended it. */
    int exitCode();

    /** Kills the program, everything seen beneath it and, where it has one, its process group; see ProcessTree. */
    void killTree(Set<ProcessHandle> seen, Duration grace);

    /** Waits up to {@code limit} for the rest of the output (pipes still held by leftovers are abandoned). */
    void drain(Duration limit) throws InterruptedException;

    /** Releases what the launch holds (descriptors, the zombie); never blocks for long. */
    @Override
    void close();
}
