package dev.clio.integrations.ai;

import java.util.Map;

/** What differs between providers: endpoint, headers, request body and response shape. */
interface Protocol {

    String provider();

    String url();

    Map<String, String> headers();

    byte[] body(AiRequest request) throws java.io.IOException;

    /** Parses a 2xx body; throws {@link AiError} for a body that is not the documented shape. */
    AiResponse parse(String body, AiRequest request) throws AiError;
}
