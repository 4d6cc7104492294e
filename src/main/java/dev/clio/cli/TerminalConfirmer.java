package dev.clio.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Asks on the process's console; not interactive when stdin or stdout is redirected. */
final class TerminalConfirmer implements Confirmer {

    @Override
    public boolean interactive() {
        Console console = System.console();
        return console != null && isTerminal(console);
    }

    @Override
    public String ask(String prompt) {
        Console console = System.console();
        return console == null ? null : console.readLine("%s", prompt);
    }

    @Override
    public String askSecret(String prompt) {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return null;
        }
        char[] typed = console.readPassword("%s", prompt);
        return typed == null ? null : new String(typed);
    }

    /**
     * Since Java 22 {@code System.console()} may return a console even when the streams are redirected, and
     * {@code Console.isTerminal()} tells the two apart; on Java 21 a non-null console already means a terminal.
     */
    private static boolean isTerminal(Console console) {
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
