package dev.clio.engine.adapter.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Stops a process and everything it started: SIGTERM to the whole tree, then SIGKILL to what survives the grace. */
final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * Kills the tree rooted at {@code root} plus {@code others} (processes outside the tree that belong to it, such as
     * the members of its process group, asked again before SIGKILL). Blocks for at most about {@code grace} plus a
     * short wait after SIGKILL; does not react to interrupts (it is called while handling one) so the tree is always
     * gone afterwards.
     */
    static void kill(ProcessHandle root, Set<ProcessHandle> alsoSeen, Duration grace,
            Supplier<Set<ProcessHandle>> others) {
        Set<ProcessHandle> tree = new LinkedHashSet<>(alsoSeen);
        tree.addAll(others.get());
        tree.addAll(snapshot(root));
        terminate(tree, () -> {
            Set<ProcessHandle> late = snapshot(root);
            late.addAll(others.get());
            return late;
        }, grace);
    }

    /** Stops the processes that still run among {@code handles} (leftovers of a program that exited). */
    static void killAll(Set<ProcessHandle> handles, Duration grace) {
        Set<ProcessHandle> running = new LinkedHashSet<>();
        handles.stream().filter(ProcessTree::running).forEach(running::add);
        if (!running.isEmpty()) {
            terminate(running, Set::of, grace);
        }
    }

    private static void terminate(Set<ProcessHandle> tree, Supplier<Set<ProcessHandle>> late, Duration grace) {
        tree.forEach(ProcessHandle::destroy);
        if (!awaitGone(tree, grace)) {
            tree.addAll(late.get());
            tree.stream().filter(ProcessTree::running).forEach(ProcessHandle::destroyForcibly);
            awaitGone(tree, Duration.ofSeconds(1));
        }
    }

    /** Descendants first, then the root, so that no child is left running while its parent dies. */
    private static Set<ProcessHandle> snapshot(ProcessHandle root) {
        List<ProcessHandle> descendants = new ArrayList<>(root.descendants().toList());
        java.util.Collections.reverse(descendants);
        Set<ProcessHandle> tree = new LinkedHashSet<>(descendants);
        tree.add(root);
        return tree;
    }

    private static boolean awaitGone(Set<ProcessHandle> tree, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (tree.stream().anyMatch(ProcessTree::running)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            sleepUninterruptibly(5);
        }
        return true;
    }

    /**
     * True while the process runs. {@link ProcessHandle#isAlive()} is also true for a zombie (a dead process whose
     * parent has not reaped it, common for orphans under a container init), so the state in /proc decides.
     */
    static boolean running(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return handle.isAlive();
        }
    }

    private static void sleepUninterruptibly(long millis) {
        boolean interrupted = Thread.interrupted();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
