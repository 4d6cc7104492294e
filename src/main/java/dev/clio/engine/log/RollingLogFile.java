package dev.clio.engine.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * One log file behind its own logback {@link LoggerContext}, so that several workspaces (and tests) in one JVM never
 * share or reconfigure each other's appenders, and the global logback configuration stays untouched.
 *
 * <p>Write failures (full disk, deleted directory, lost permissions) never reach the caller: logback turns them into
 * status messages, and the first error is reported once on the application logger and kept in {@link #failure()}.
 */
final class RollingLogFile implements AutoCloseable {

    private static final org.slf4j.Logger REPORT = LoggerFactory.getLogger(RollingLogFile.class);
    private static final String FQCN = RollingLogFile.class.getName();

    private final Path file;
    private final LoggerContext context;
    private final Logger logger;
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile String failure;

    private RollingLogFile(Path file) {
        this.file = file;
        this.context = new LoggerContext();
        context.setName("clio-log-" + file.getFileName());
        // A context not built by the SLF4J binding has no MDC adapter, and logback needs one to append.
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.getStatusManager().add(this::onStatus);
        this.logger = context.getLogger("dev.clio.log");
        logger.setLevel(Level.ALL);
        logger.setAdditive(false);
    }

    /** Opens (creating parent directories) and starts appending; never throws for I/O problems. */
    static RollingLogFile open(Path file, LogRotation rotation, Encoder<ILoggingEvent> encoder) {
        Path absolute = file.toAbsolutePath().normalize();
        RollingLogFile log = new RollingLogFile(absolute);
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            log.report("cannot create directory " + absolute.getParent() + ": " + e);
        }
        log.start(rotation, encoder);
        log.context.start();
        return log;
    }

    private void start(LogRotation rotation, Encoder<ILoggingEvent> encoder) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setImmediateFlush(true);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file + ".%i");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(rotation.archivedFiles());
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(new FileSize(rotation.maxFileBytes()));
        // logback checks the size at most once a minute by default, which lets a busy log overshoot by far.
        trigger.setCheckIncrement(Duration.buildByMilliseconds(100));
        trigger.start();

        encoder.setContext(context);
        encoder.start();
        appender.setEncoder(encoder);
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        logger.addAppender(appender);
    }

    /** Writes one event with the given time and markers; thread-safe (the appender serialises writes). */
    void append(java.time.Instant at, Level level, String message, org.slf4j.Marker marker) {
        LoggingEvent event = new LoggingEvent(FQCN, logger, level, message, null, null);
        event.setInstant(at);
        if (marker != null) {
            event.addMarker(marker);
        }
        logger.callAppenders(event);
    }

    Path file() {
        return file;
    }

    /** The first write problem seen, if any. */
    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private void onStatus(Status status) {
        if (status.getLevel() == Status.ERROR) {
            Throwable cause = status.getThrowable();
            report(status.getMessage() + (cause == null ? "" : ": " + cause.getMessage()));
        }
    }

    private void report(String problem) {
        if (reported.compareAndSet(false, true)) {
            failure = problem;
            REPORT.warn("Log {} is not being written: {} (further errors for this file are not reported)", file,
                    problem);
        }
    }

    @Override
    public void close() {
        context.stop();
    }
}
