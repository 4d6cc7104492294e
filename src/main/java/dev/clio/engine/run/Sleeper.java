package dev.clio.engine.run;

import java.time.Duration;

/** Waits between retry attempts; injectable so that tests record the delays instead of waiting. */
@FunctionalInterface
public interface Sleeper {

    /** The real one: {@link Thread#sleep(Duration)}. */
    Sleeper SYSTEM = Thread::sleep;

    /** Blocks for {@code delay}; throws when the waiting thread is interrupted (cancel or timeout). */
    void sleep(Duration delay) throws InterruptedException;
}
