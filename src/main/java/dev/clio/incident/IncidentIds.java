package dev.clio.incident;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Incident ids as the seed's {@code incident-response.sh} makes them: {@code INC-$(date +%Y%m%d%H%M%S)} in UTC. The
 * store adds {@code -2}, {@code -3} … when the second is taken.
 */
public final class IncidentIds {

    /** An id this class made, with or without a collision suffix. */
    public static final Pattern ID = Pattern.compile("INC-\\d{14}(-\\d{1,3})?");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private IncidentIds() {
    }

    /** The id of an incident declared at this instant, before any collision suffix. */
    public static String base(Instant declaredAt) {
        return "INC-" + SECOND.format(declaredAt);
    }

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
