package dev.clio.integrations.paging;

/**
 * PagerDuty accepted the event (202).
 *
 * @param message PagerDuty's {@code message}, e.g. {@code Event processed}
 * @param dedupKey the key PagerDuty filed it under (ours, echoed)
 * @param attempts how many requests it took (more than one after a 429 or 5xx)
 */
public record PagingResult(String message, String dedupKey, int attempts) {
}
