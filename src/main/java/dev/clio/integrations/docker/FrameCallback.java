package dev.clio.integrations.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The callback of a log read or follow: frames become lines for the sink; the first failure is kept (not logged, as
 * docker-java's own adapter does) for the caller to report in its words. A failure caused by our own close is no
 * failure.
 */
final class FrameCallback implements ResultCallback<Frame> {

    private final FrameLines lines;
    private final Runnable onEnd;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Closeable stream;
    private volatile boolean closing;
    private volatile Throwable failure;

    FrameCallback(Consumer<LogLine> sink, Runnable onEnd) {
        this.lines = new FrameLines(sink);
        this.onEnd = onEnd;
    }

    @Override
    public void onStart(Closeable closeable) {
        stream = closeable;
        if (closing) {
            closeQuietly(closeable);
        }
    }

    @Override
    public void onNext(Frame frame) {
        if (!closing) {
            lines.accept(frame);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        if (!closing) {
            failure = throwable;
        }
        end();
    }

    @Override
    public void onComplete() {
        lines.flush();
        end();
    }

    private void end() {
        done.countDown();
        onEnd.run();
    }

    /** Waits for the end of a finite read; false on timeout. */
    boolean await(long millis) throws InterruptedException {
        return done.await(millis, TimeUnit.MILLISECONDS);
    }

    /** The failure that ended the stream, or null. */
    Throwable failure() {
        return failure;
    }

    boolean ended() {
        return done.getCount() == 0;
    }

    @Override
    public void close() {
        closing = true;
        Closeable s = stream;
        if (s != null) {
            closeQuietly(s);
        }
        done.countDown();
        onEnd.run();
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            // the connection is being dropped either way
        }
    }
}
