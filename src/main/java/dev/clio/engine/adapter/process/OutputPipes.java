package dev.clio.engine.adapter.process;

import com.sun.jna.Memory;
import com.sun.jna.Native;

/**
 * The read ends of a native child's stdout and stderr pipes, polled (together with one more descriptor, the child's
 * pidfd) and read on the caller's thread into their captures. Not thread-safe: one caller.
 */
final class OutputPipes {

    private static final int POLLFD_SIZE = 8; // struct pollfd { int fd; short events; short revents; }
    private static final int BUFFER_SIZE = 32 * 1024;

    private final int[] fds;
    private final StreamCapture[] captures;
    private final Memory pollFds = new Memory(3L * POLLFD_SIZE);
    private final int[] slotPipe = new int[3];
    private final byte[] buffer = new byte[BUFFER_SIZE];

    OutputPipes(int outFd, int errFd, StreamCapture out, StreamCapture err) {
        this.fds = new int[] {outFd, errFd};
        this.captures = new StreamCapture[] {out, err};
    }

    boolean open() {
        return fds[0] >= 0 || fds[1] >= 0;
    }

    /**
     * One poll over the open pipes and {@code watchFd} (ignored when negative), waiting at most {@code timeoutMillis};
     * reads once from each pipe that is ready. True when {@code watchFd} is readable.
     *
     * @throws IllegalStateException when poll fails for another reason than a signal
     */
    boolean poll(int watchFd, int timeoutMillis) {
        int count = 0;
        for (int i = 0; i < fds.length; i++) {
            if (fds[i] >= 0) {
                slotPipe[count] = i;
                set(count++, fds[i]);
            }
        }
        int watchSlot = -1;
        if (watchFd >= 0) {
            watchSlot = count;
            set(count++, watchFd);
        }
        if (count == 0) {
            return false;
        }
        int ready = Libc.poll(pollFds, count, timeoutMillis);
        if (ready < 0 && Native.getLastError() != Libc.EINTR) {
            throw new IllegalStateException("poll failed: " + Libc.strerror(Native.getLastError()));
        }
        boolean watched = false;
        for (int slot = 0; ready > 0 && slot < count; slot++) {
            if (pollFds.getShort(slot * (long) POLLFD_SIZE + 6) == 0) {
                continue;
            }
            if (slot == watchSlot) {
                watched = true;
            } else {
                read(slotPipe[slot]);
            }
        }
        return watched;
    }

    /** Closes what is still open; the captures see the end of their streams. */
    void close() {
        for (int i = 0; i < fds.length; i++) {
            close(i);
        }
    }

    private void set(int slot, int fd) {
        long offset = slot * (long) POLLFD_SIZE;
        pollFds.setInt(offset, fd);
        pollFds.setShort(offset + 4, Libc.POLLIN);
        pollFds.setShort(offset + 6, (short) 0);
    }

    /** One read: data goes to the capture; end of file (all writers gone) or an error closes the pipe. */
    private void read(int index) {
        long n;
        do {
            n = Libc.read(fds[index], buffer, buffer.length);
        } while (n < 0 && Native.getLastError() == Libc.EINTR);
        if (n > 0) {
            captures[index].accept(buffer, (int) n);
        } else {
            close(index);
        }
    }

    private void close(int index) {
        if (fds[index] >= 0) {
            Libc.close(fds[index]);
            fds[index] = -1;
            captures[index].finish();
        }
    }
}
