package dev.clio.kpi;

/**
 * Something wrong in a KPI or alert definitions file; the defaults were used instead of what it tried to say.
 *
 * @param line 1-based, or 0 when the problem concerns the whole file
 */
public record CatalogProblem(String file, int line, String message) {

    /** {@code config/kpis.yaml:12: kpi 'x': ...}, the form editors jump to. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
