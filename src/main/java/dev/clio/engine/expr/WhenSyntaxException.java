package dev.clio.engine.expr;

/** A {@code when} expression that does not parse; {@link #offset()} is the 0-based position inside the text. */
public final class WhenSyntaxException extends RuntimeException {

    private final int offset;

    public WhenSyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** The 0-based character offset inside the expression text where the problem starts. */
    public int offset() {
        return offset;
    }
}
