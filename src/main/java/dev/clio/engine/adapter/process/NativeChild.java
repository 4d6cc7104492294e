package dev.clio.engine.adapter.process;

import com.sun.jna.Native;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A program started by {@link NativeLauncher}, driven entirely from the caller's thread: one {@code poll} on a pidfd
 * (readable when the program exits) and both output pipes, so there are no reader threads and no reaper hand-off.
 * The caller's thread also reaps the pid with {@code waitpid}: nothing else in the JVM knows this child, so it is
 * reaped exactly once. Blocking native calls last at most one {@link #SLICE_MILLIS} slice, which bounds how late an
 * interrupt (cancel, step timeout) is noticed.
 */
final class NativeChild implements Child {

    private static final Logger LOG = LoggerFactory.getLogger(NativeChild.class);
    private static final int SLICE_MILLIS = 50;

    private final int pid;
    private final int pidFd;
    private final OutputPipes pipes;
    private ProcessHandle handle;
    private boolean reaped;
    private int exitCode = -1;

    private NativeChild(int pid, int pidFd, OutputPipes pipes) {
        this.pid = pid;
        this.pidFd = pidFd;
        this.pipes = pipes;
    }

    /** Takes over a freshly spawned pid and the read ends of its pipes; kills and reaps it if no pidfd can be had. */
    static NativeChild started(int pid, OutputPipes pipes) throws IOException {
        int pidFd = (int) Libc.syscall(Libc.SYS_PIDFD_OPEN, pid, 0);
        if (pidFd < 0) {
            int errno = Native.getLastError();
            Libc.kill(pid, Libc.SIGKILL);
            new NativeChild(pid, -1, pipes).close();
            throw new IOException("cannot watch process " + pid + ": pidfd_open: " + Libc.strerror(errno));
        }
        return new NativeChild(pid, pidFd, pipes);
    }

    @Override
    public Optional<ProcessHandle> handle() {
        if (handle == null && !reaped) {
            // Looked up lazily (it reads /proc) but only before the reap, so the pid cannot have been recycled yet.
            handle = ProcessHandle.of(pid).orElse(null);
        }
        return Optional.ofNullable(handle);
    }

    @Override
    public boolean awaitExit(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        while (!reaped) {
            int slice = slice(deadline);
            if (slice == 0) {
                return false;
            }
            if (pipes.poll(pidFd, slice)) {
                reap(Libc.WNOHANG);
            }
        }
        return true;
    }

    @Override
    public int exitCode() {
        return exitCode;
    }

    @Override
    public void killTree(Set<ProcessHandle> seen, Duration grace) {
        if (reaped) {
            // The pid and its group id may already be someone else's: only what was seen can be stopped.
            ProcessTree.killAll(seen, grace);
            return;
        }
        Optional<ProcessHandle> root = handle();
        if (root.isPresent()) {
            ProcessTree.kill(root.get(), seen, grace, () -> ProcessGroup.members(pid));
        } else {
            Set<ProcessHandle> all = new LinkedHashSet<>(seen);
            all.addAll(ProcessGroup.members(pid));
            ProcessTree.killAll(all, grace);
        }
        // Whatever joined the group after the last look; the unreaped leader keeps the group id ours.
        Libc.kill(-pid, Libc.SIGKILL);
        reap(0);
    }

    @Override
    public void drain(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (pipes.open()) {
            int slice = slice(deadline);
            if (slice == 0) {
                return;
            }
            pipes.poll(-1, slice);
        }
    }

    @Override
    public void close() {
        pipes.close();
        if (!reaped) {
            // Only reached when something threw between start and exit: do not leave the program running.
            Libc.kill(-pid, Libc.SIGKILL);
            reap(0);
        }
        if (pidFd >= 0) {
            Libc.close(pidFd);
        }
    }

    /** Milliseconds to wait in the next poll, at most one slice; 0 at the deadline; throws when interrupted. */
    private static int slice(long deadline) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long left = deadline - System.nanoTime();
        return left <= 0 ? 0 : (int) Math.min(SLICE_MILLIS, Math.max(1, left / 1_000_000));
    }

    /**
     * waitpid, retried on EINTR. With {@code WNOHANG} it only collects an exit the pidfd announced; blocking (0) is
     * used after SIGKILL, bounded by first waiting on the pidfd so that a process stuck in the kernel cannot hang us.
     */
    private void reap(int options) {
        if (options == 0 && pidFd >= 0 && !awaitPidFd(Duration.ofSeconds(2))) {
            LOG.warn("process {} did not end after SIGKILL; leaving it unreaped", pid);
            return;
        }
        int[] status = new int[1];
        int result;
        do {
            result = Libc.waitpid(pid, status, options);
        } while (result < 0 && Native.getLastError() == Libc.EINTR);
        if (result == pid) {
            reaped = true;
            exitCode = decode(status[0]);
        } else if (result < 0) {
            reaped = true; // ECHILD: not ours to wait for any more; never wait again
        }
    }

    private boolean awaitPidFd(Duration limit) {
        OutputPipes none = new OutputPipes(-1, -1, null, null);
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (none.poll(pidFd, SLICE_MILLIS)) {
                return true;
            }
        }
        return false;
    }

    /** Like the JDK: the exit status, or 128 + the signal number for a program killed by a signal. */
    static int decode(int status) {
        int signal = status & 0x7f;
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal;
    }
}
