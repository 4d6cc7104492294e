package dev.clio.engine.adapter.process;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Launches with glibc's {@code posix_spawnp} called directly: one {@code execve} (glibc clones with CLONE_VFORK, so a
 * big JVM is not copied) where the JDK goes through {@code jspawnhelper}. The child gets stdin from /dev/null,
 * stdout and stderr into pipes, no other descriptor (closefrom 3), the working directory, exactly the given
 * environment, an empty signal mask, default signal dispositions and its own process group (so a kill reaches
 * orphaned grandchildren too). Only constructed through {@link #create()}, which fails when glibc lacks a function.
 */
final class NativeLauncher implements Launcher {

    private static final byte[] DEV_NULL = Libc.path("/dev/null");
    private static final byte[] SHELL = Libc.path("/bin/sh");

    private final Pointer attributes;

    private NativeLauncher(Pointer attributes) {
        this.attributes = attributes;
    }

    /** Binds libc and prepares the spawn attributes, shared by every launch (posix_spawn only reads them). */
    static NativeLauncher create() {
        Libc.bind();
        Memory attributes = new Memory(Libc.SPAWN_ATTR_SIZE);
        Memory noSignals = new Memory(Libc.SIGSET_SIZE);
        Memory allSignals = new Memory(Libc.SIGSET_SIZE);
        check("posix_spawnattr_init", Libc.posix_spawnattr_init(attributes));
        check("sigemptyset", Libc.sigemptyset(noSignals) == 0 ? 0 : Native.getLastError());
        check("sigfillset", Libc.sigfillset(allSignals) == 0 ? 0 : Native.getLastError());
        check("posix_spawnattr_setsigmask", Libc.posix_spawnattr_setsigmask(attributes, noSignals));
        check("posix_spawnattr_setsigdefault", Libc.posix_spawnattr_setsigdefault(attributes, allSignals));
        check("posix_spawnattr_setpgroup", Libc.posix_spawnattr_setpgroup(attributes, 0));
        check("posix_spawnattr_setflags", Libc.posix_spawnattr_setflags(attributes, (short) (
                Libc.POSIX_SPAWN_SETPGROUP | Libc.POSIX_SPAWN_SETSIGMASK | Libc.POSIX_SPAWN_SETSIGDEF)));
        return new NativeLauncher(attributes);
    }

    @Override
    public String name() {
        return "native (posix_spawn)";
    }

    @Override
    public Child launch(List<String> argv, Path directory, Map<String, String> environment, StreamCapture out,
            StreamCapture err) throws IOException {
        String program = argv.get(0);
        if (argv.stream().anyMatch(arg -> arg.indexOf('\0') >= 0)) {
            throw new IOException("cannot run '" + program + "': invalid null character in command");
        }
        int[] outPipe = pipe(program);
        int[] errPipe;
        try {
            errPipe = pipe(program);
        } catch (IOException e) {
            closeAll(outPipe);
            throw e;
        }
        int pid;
        try {
            pid = spawn(program, argv, directory, environment, outPipe[1], errPipe[1]);
        } catch (IOException | RuntimeException e) {
            closeAll(outPipe[0], errPipe[0]);
            throw e;
        } finally {
            closeAll(outPipe[1], errPipe[1]);
        }
        return NativeChild.started(pid, new OutputPipes(outPipe[0], errPipe[0], out, err));
    }

    private int spawn(String program, List<String> argv, Path directory, Map<String, String> environment,
            int outFd, int errFd) throws IOException {
        Memory actions = new Memory(Libc.FILE_ACTIONS_SIZE);
        require(program, Libc.posix_spawn_file_actions_init(actions));
        try {
            require(program, Libc.posix_spawn_file_actions_addopen(actions, 0, DEV_NULL, Libc.O_RDONLY, 0));
            require(program, Libc.posix_spawn_file_actions_adddup2(actions, outFd, 1));
            require(program, Libc.posix_spawn_file_actions_adddup2(actions, errFd, 2));
            require(program, Libc.posix_spawn_file_actions_addchdir_np(actions, Libc.path(directory.toString())));
            require(program, Libc.posix_spawn_file_actions_addclosefrom_np(actions, 3));
            StringArray variables = new StringArray(environment.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new), "UTF-8");
            int[] pid = new int[1];
            int error = Libc.posix_spawnp(pid, Libc.path(program), actions, attributes,
                    new StringArray(argv.toArray(String[]::new), "UTF-8"), variables);
            if (error == Libc.ENOEXEC) {
                error = asShellScript(pid, argv, actions, variables);
            }
            require(program, error);
            return pid[0];
        } finally {
            Libc.posix_spawn_file_actions_destroy(actions);
        }
    }

    /**
     * An executable without a {@code #!} line: like the JDK (through execvp), run it with /bin/sh. The file is found
     * the way posix_spawnp found it: as given when it has a slash (relative to the new working directory), else the
     * first executable on PATH.
     */
    private int asShellScript(int[] pid, List<String> argv, Pointer actions, Pointer variables) {
        String script = argv.get(0);
        if (script.indexOf('/') < 0) {
            script = Arrays.stream(System.getenv().getOrDefault("PATH", "/bin:/usr/bin").split(":", -1))
                    .map(dir -> Path.of(dir.isEmpty() ? "." : dir, argv.get(0)))
                    .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
                    .map(Path::toString).findFirst().orElse(argv.get(0));
        }
        List<String> shellArgv = new ArrayList<>(List.of("/bin/sh", script));
        shellArgv.addAll(argv.subList(1, argv.size()));
        return Libc.posix_spawnp(pid, SHELL, actions, attributes,
                new StringArray(shellArgv.toArray(String[]::new), "UTF-8"), variables);
    }

    /** A pipe whose two ends are close-on-exec in this process; the child gets the write end as 1 or 2 by dup2. */
    private static int[] pipe(String program) throws IOException {
        int[] fds = new int[2];
        if (Libc.pipe2(fds, Libc.O_CLOEXEC) != 0) {
            require(program, Native.getLastError());
        }
        return fds;
    }

    private static void require(String program, int errno) throws IOException {
        if (errno != 0) {
            throw new IOException("cannot run '" + program + "': " + Libc.strerror(errno));
        }
    }

    private static void check(String function, int errno) {
        if (errno != 0) {
            throw new IllegalStateException(function + " failed: " + Libc.strerror(errno));
        }
    }

    static void closeAll(int... fds) {
        for (int fd : fds) {
            if (fd >= 0) {
                Libc.close(fd);
            }
        }
    }
}
