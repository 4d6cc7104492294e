package dev.clio.engine.log;

import ch.qos.logback.classic.spi.ILoggingEvent;
import net.logstash.logback.composite.loggingevent.LogLevelJsonProvider;
import net.logstash.logback.composite.loggingevent.LoggingEventFormattedTimestampJsonProvider;
import net.logstash.logback.composite.loggingevent.LoggingEventJsonProviders;
import net.logstash.logback.composite.loggingevent.LogstashMarkersJsonProvider;
import net.logstash.logback.encoder.LoggingEventCompositeJsonEncoder;

/**
 * Builds the JSON-lines encoder: {@code timestamp}, {@code level}, then the fields carried by the event's marker, in
 * that order. Nothing else (no logger, thread or version fields) so lines stay short and stable for log shipping.
 */
final class JsonLineEncoder {

    /** Millisecond precision, always three digits, always {@code Z}: sortable and sliceable with {@code [:10]}. */
    static final String TIMESTAMP_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'";

    private JsonLineEncoder() {
    }

    static LoggingEventCompositeJsonEncoder create() {
        LoggingEventFormattedTimestampJsonProvider timestamp = new LoggingEventFormattedTimestampJsonProvider();
        timestamp.setFieldName("timestamp");
        timestamp.setPattern(TIMESTAMP_PATTERN);
        timestamp.setTimeZone("UTC");

        LogLevelJsonProvider level = new LogLevelJsonProvider();
        level.setFieldName("level");

        LoggingEventJsonProviders providers = new LoggingEventJsonProviders();
        providers.addTimestamp(timestamp);
        providers.addLogLevel(level);
        providers.addLogstashMarkers(new LogstashMarkersJsonProvider());

        LoggingEventCompositeJsonEncoder encoder = new LoggingEventCompositeJsonEncoder();
        encoder.setProviders(providers);
        encoder.setLineSeparator("UNIX");
        return encoder;
    }
}
