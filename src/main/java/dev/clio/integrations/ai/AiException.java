package dev.clio.integrations.ai;

/** A provider call that did not produce a completion. The message is one line meant for users. */
public sealed class AiException extends Exception
        permits AiUnavailable, AiUnauthorized, AiRateLimited, AiTimeout, AiError {

    AiException(String message) {
        super(message);
    }
}
