package dev.clio.integrations.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful (or explicitly accepted) answer.
 *
 * @param body the parsed JSON body; a missing node when the answer had none
 */
public record ApiResponse(int status, JsonNode body) {
}
