package dev.clio.engine.run;

/**
 * The cancellation handle of one running step: which thread runs it, whether it was cancelled (and why), and whether
 * its current attempt timed out. A timeout only interrupts the attempt it was armed for.
 */
final class StepRun {

    private Thread thread;
    private int attempt = -1;
    private volatile String cancelReason;
    private volatile boolean timedOut;

    synchronized void bind() {
        thread = Thread.currentThread();
        if (cancelReason != null) {
            thread.interrupt();
        }
    }

    synchronized void unbind() {
        thread = null;
    }

    synchronized void beginAttempt(int number) {
        attempt = number;
        timedOut = false;
    }

    /** Ends the attempt; clears a stray interrupt unless the step was cancelled. */
    synchronized void endAttempt() {
        attempt = -1;
        if (cancelReason == null) {
            Thread.interrupted();
        }
    }

    synchronized void cancel(String reason) {
        if (cancelReason == null) {
            cancelReason = reason;
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    synchronized void timeout(int number) {
        if (number == attempt && thread != null) {
            timedOut = true;
            thread.interrupt();
        }
    }

    String cancelReason() {
        return cancelReason;
    }

    boolean timedOut() {
        return timedOut;
    }
}
