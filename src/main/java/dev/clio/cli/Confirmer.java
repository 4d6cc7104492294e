package dev.clio.cli;

/** Asks the person at the terminal to confirm a remediation; injectable so that tests can answer. */
interface Confirmer {

    /** True when there is a terminal to ask; without one a remediation needs {@code --yes}. */
    boolean interactive();

    /**
     * Shows the prompt and waits for one line. Blocks until the user answers.
     *
     * @return the line typed, or null at end of input
     */
    String ask(String prompt);

    /**
     * Asks for a secret (an API key) without echoing what is typed. Blocks until the user answers.
     *
     * @return the line typed, or null at end of input or when there is no terminal that can hide the input
     */
    default String askSecret(String prompt) {
        return null;
    }
}
