package dev.clio.kpi;

import java.util.List;

/** The day-series arithmetic of trend KPIs. */
final class Trend {

    private Trend() {
    }

    /** How many of the latest days in a row were strictly lower than the day before; a day without data ends it. */
    static int decliningDays(List<Double> series) {
        int count = 0;
        for (int i = series.size() - 1; i > 0; i--) {
            Double today = series.get(i);
            Double before = series.get(i - 1);
            if (today == null || before == null || today >= before) {
                break;
            }
            count++;
        }
        return count;
    }
}
