package dev.clio.kpi;

import java.util.Objects;

/**
 * How Prometheus computes one KPI over the whole fleet (the {@code promql} field of {@code kpis.yaml}): an instant
 * query for the tile and a range query for the sparkline and Grafana (the same expression unless a cheaper one is
 * given). An answer with no sample, or a NaN sample (a ratio over zero requests), means "no data", never zero.
 *
 * @param instant the expression for {@code /api/v1/query}
 * @param range the expression for {@code /api/v1/query_range}
 */
public record PromQuery(String instant, String range) {

    public PromQuery {
        Objects.requireNonNull(instant, "instant");
        if (instant.isBlank()) {
            throw new IllegalArgumentException("a PromQL expression must not be empty");
        }
        range = range == null || range.isBlank() ? instant : range;
    }
}
