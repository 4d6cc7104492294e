package dev.clio.engine.adapter.process;

import com.sun.jna.Memory;
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
    private static final int POLLFD_SIZE = 8;
    private static final int BUFFER_SIZE = 32 * 1024;

    private final int pid;
    private final int pidFd;
    private final int[] pipes;
    private final StreamCapture[] captures;
    private final Memory pollFds = new Memory(3L * POLLFD_SIZE);
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private ProcessHandle handle;
    private boolean reaped;
    private int exitCode = -1;

    private NativeChild(int pid, int pidFd, int outFd, int errFd, StreamCapture out, StreamCapture err) {
        this.pid = pid;
        this.pidFd = pidFd;
        this.pipes = new int[] {outFd, errFd};
        this.captures = new StreamCapture[] {out, err};
    }

    /** Takes over a freshly spawned pid and the read ends of its pipes; kills and reaps it if no pidfd can be had. */
    static NativeChild started(int pid, int outFd, int errFd, StreamCapture out, StreamCapture err)
            throws IOException {
        int pidFd = (int) Libc.syscall(Libc.SYS_PIDFD_OPEN, pid, 0);
        if (pidFd < 0) {
            int errno = Native.getLastError();
            Libc.kill(pid, Libc.SIGKILL);
            NativeChild orphan = new NativeChild(pid, -1, outFd, errFd, out, err);
            orphan.reap(0);
            orphan.close();
            throw new IOException("cannot watch process " + pid + ": pidfd_open: " + Libc.strerror(errno));
        }
        return new NativeChild(pid, pidFd, outFd, errFd, out, err);
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
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            if (pollOnce(true, (int) Math.min(SLICE_MILLIS, Math.max(1, left / 1_000_000)))) {
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
        while (pipes[0] >= 0 || pipes[1] >= 0) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            pollOnce(false, (int) Math.min(SLICE_MILLIS, Math.max(1, left / 1_000_000)));
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < pipes.length; i++) {
            closePipe(i);
        }
        if (!reaped) {
            // Only reached when something threw between start and exit: do not leave the program running.
            Libc.kill(-pid, Libc.SIGKILL);
            reap(0);
        }
        if (pidFd >= 0) {
            Libc.close(pidFd);
        }
    }

    /**
     * One poll over the open pipes (and the pidfd when asked); reads what is ready. True when the pidfd is readable,
     * i.e. the program has exited and can be reaped without blocking.
     */
    private boolean pollOnce(boolean watchExit, int timeoutMillis) {
        int count = 0;
        int[] slots = new int[3];
        for (int i = 0; i < pipes.length; i++) {
            if (pipes[i] >= 0) {
                slots[count] = i;
                setPollFd(count++, pipes[i]);
            }
        }
        int exitSlot = -1;
        if (watchExit && pidFd >= 0) {
            exitSlot = count;
            setPollFd(count++, pidFd);
        }
        if (count == 0) {
            return false;
        }
        int ready = Libc.poll(pollFds, count, timeoutMillis);
        if (ready < 0 && Native.getLastError() != Libc.EINTR) {
            throw new IllegalStateException("poll failed for process " + pid + ": "
                    + Libc.strerror(Native.getLastError()));
        }
        if (ready <= 0) {
            return false; // timeout, or EINTR: the caller loops and recomputes what is left
        }
        boolean exited = false;
        for (int slot = 0; slot < count; slot++) {
            short events = pollFds.getShort(slot * (long) POLLFD_SIZE + 6);
            if (events == 0) {
                continue;
            }
            if (slot == exitSlot) {
                exited = true;
            } else {
                readPipe(slots[slot]);
            }
        }
        return exited;
    }

    private void setPollFd(int slot, int fd) {
        long offset = slot * (long) POLLFD_SIZE;
        pollFds.setInt(offset, fd);
        pollFds.setShort(offset + 4, Libc.POLLIN);
        pollFds.setShort(offset + 6, (short) 0);
    }

    /** One read: data goes to the capture; end of file (or an error) closes the pipe. */
    private void readPipe(int index) {
        long n;
        do {
            n = Libc.read(pipes[index], buffer, buffer.length);
        } while (n < 0 && Native.getLastError() == Libc.EINTR);
        if (n > 0) {
            captures[index].accept(buffer, (int) n);
        } else {
            closePipe(index);
        }
    }

    private void closePipe(int index) {
        if (pipes[index] >= 0) {
            Libc.close(pipes[index]);
            pipes[index] = -1;
            captures[index].finish();
        }
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
            result = Libc.waitpid(pid, status, options == 0 ? 0 : Libc.WNOHANG);
        } while (result < 0 && Native.getLastError() == Libc.EINTR);
        if (result == pid) {
            reaped = true;
            exitCode = decode(status[0]);
        } else if (result < 0) {
            reaped = true; // ECHILD: not ours to wait for any more; never wait again
        }
    }

    private boolean awaitPidFd(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() - deadline < 0) {
            setPollFd(0, pidFd);
            if (Libc.poll(pollFds, 1, SLICE_MILLIS) > 0) {
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
