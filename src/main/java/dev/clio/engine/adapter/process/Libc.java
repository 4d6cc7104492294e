package dev.clio.engine.adapter.process;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The glibc functions the native launcher calls, bound by JNA direct mapping (static natives: no proxy, no
 * reflection per call). {@link #bind()} fails with a {@link LinkageError} when JNA or a symbol is missing, e.g.
 * {@code posix_spawn_file_actions_addclosefrom_np} before glibc 2.34; the launcher then falls back to the JDK.
 * Numeric constants are those of Linux on x86_64 and aarch64, the only platforms the launcher accepts.
 */
final class Libc {

    static final short POSIX_SPAWN_SETPGROUP = 0x02;
    static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    static final int O_RDONLY = 0;
    static final int O_CLOEXEC = 0x80000;
    static final int WNOHANG = 1;
    static final short POLLIN = 0x001;
    static final int EINTR = 4;
    static final int ENOEXEC = 8;
    static final int SIGKILL = 9;
    static final long SYS_PIDFD_OPEN = 434;

    /** Room for posix_spawn_file_actions_t (80 bytes on glibc x86_64) and posix_spawnattr_t (336), with margin. */
    static final int FILE_ACTIONS_SIZE = 256;
    static final int SPAWN_ATTR_SIZE = 1024;
    static final int SIGSET_SIZE = 256;

    private Libc() {
    }

    static void bind() {
        Native.register(Libc.class, NativeLibrary.getInstance("c"));
    }

    /** Paths are NUL-terminated UTF-8 (see {@link #path}), whatever JNA's default string encoding. */
    static native int posix_spawnp(int[] pid, byte[] file, Pointer fileActions, Pointer attributes, Pointer argv,
            Pointer envp);

    static native int posix_spawn_file_actions_init(Pointer actions);

    static native int posix_spawn_file_actions_destroy(Pointer actions);

    static native int posix_spawn_file_actions_adddup2(Pointer actions, int fd, int newFd);

    static native int posix_spawn_file_actions_addopen(Pointer actions, int fd, byte[] path, int flags, int mode);

    static native int posix_spawn_file_actions_addchdir_np(Pointer actions, byte[] path);

    static native int posix_spawn_file_actions_addclosefrom_np(Pointer actions, int lowestFd);

    static native int posix_spawnattr_init(Pointer attributes);

    static native int posix_spawnattr_setflags(Pointer attributes, short flags);

    static native int posix_spawnattr_setpgroup(Pointer attributes, int processGroup);

    static native int posix_spawnattr_setsigmask(Pointer attributes, Pointer signals);

    static native int posix_spawnattr_setsigdefault(Pointer attributes, Pointer signals);

    static native int sigemptyset(Pointer signals);

    static native int sigfillset(Pointer signals);

    static native int pipe2(int[] fds, int flags);

    static native long read(int fd, byte[] buffer, long count);

    static native int close(int fd);

    static native int poll(Pointer fds, long count, int timeoutMillis);

    static native int waitpid(int pid, int[] status, int options);

    static native int kill(int pid, int signal);

    /** pidfd_open(2) through syscall(2): glibc has a wrapper only since 2.36. Number 434 on every Linux arch. */
    static native long syscall(long number, long pid, long flags);

    static native String strerror(int errno);

    static byte[] path(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(utf8, utf8.length + 1);
    }
}
