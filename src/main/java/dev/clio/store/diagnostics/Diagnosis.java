package dev.clio.store.diagnostics;

/**
 * The answer of one diagnostic or remediation: a value when {@link #status()} is {@code OK}, otherwise a plain
 * one-line {@link #message()} saying why there is none.
 *
 * @param value null unless the status is OK
 */
public record Diagnosis<T>(DiagnosticStatus status, String message, T value) {

    public static <T> Diagnosis<T> ok(T value, String message) {
        return new Diagnosis<>(DiagnosticStatus.OK, message, value);
    }

    public static <T> Diagnosis<T> notApplicable(String message) {
        return new Diagnosis<>(DiagnosticStatus.NOT_APPLICABLE, message, null);
    }

    public static <T> Diagnosis<T> notInstalled(String message) {
        return new Diagnosis<>(DiagnosticStatus.NOT_INSTALLED, message, null);
    }

    public static <T> Diagnosis<T> failed(String message) {
        return new Diagnosis<>(DiagnosticStatus.FAILED, message, null);
    }

    public boolean isOk() {
        return status == DiagnosticStatus.OK;
    }
}
