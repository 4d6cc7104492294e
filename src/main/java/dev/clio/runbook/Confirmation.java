package dev.clio.runbook;

/**
 * An operator's consent to one remediation, shown what runs where before they gave it.
 *
 * @param operator who confirmed (the Operations identity)
 * @param text what they typed (the target name for dangerous steps on production) or how they confirmed ("--yes")
 * @param target the connection the step runs against: {@code embedded:<workspace>} or the server URL
 * @param environment the target's environment (development, staging, production)
 */
public record Confirmation(String operator, String text, String target, String environment) {

    public Confirmation {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a confirmation needs the text the operator confirmed with");
        }
    }

    /**
     * Whether this confirmation is enough for {@code step}: dangerous steps on production need the target name typed
     * exactly; everything else needs any explicit confirmation.
     */
    public boolean sufficientFor(RunbookStep step, String requiredName) {
        if (step.dangerous() && "production".equalsIgnoreCase(environment)) {
            return text.strip().equals(requiredName);
        }
        return true;
    }
}
