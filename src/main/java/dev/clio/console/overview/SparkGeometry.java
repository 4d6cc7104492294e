package dev.clio.console.overview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sparkline as it lands on the canvas: unbroken runs of device coordinates (consecutive points on the same pixel
 * merged), the newest point, and the value range the thresholds were placed by. Two equal geometries draw the same
 * pixels, which is what lets the sparkline skip a redraw.
 */
record SparkGeometry(List<Run> runs, double lastX, double lastY, List<Double> range) {

    static final SparkGeometry EMPTY = new SparkGeometry(List.of(), Double.NaN, Double.NaN, List.of());

    boolean hasLast() {
        return !Double.isNaN(lastX);
    }

    record Run(double[] xs, double[] ys) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Run r && Arrays.equals(xs, r.xs) && Arrays.equals(ys, r.ys);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
        }

        @Override
        public String toString() {
            return "Run" + Arrays.toString(xs) + Arrays.toString(ys);
        }
    }

    static final class Builder {
        private final List<Run> runs = new ArrayList<>();
        private final double[] xs;
        private final double[] ys;
        private int n;
        private double lastX = Double.NaN;
        private double lastY = Double.NaN;

        Builder(int capacity) {
            xs = new double[capacity];
            ys = new double[capacity];
        }

        void point(double x, double y) {
            lastX = x;
            lastY = y;
            if (n > 0 && xs[n - 1] == x && ys[n - 1] == y) {
                return;
            }
            xs[n] = x;
            ys[n] = y;
            n++;
        }

        void gap() {
            if (n > 0) {
                runs.add(new Run(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)));
            }
            n = 0;
        }

        SparkGeometry build(double[] range) {
            gap();
            return new SparkGeometry(List.copyOf(runs), lastX, lastY, List.of(range[0], range[1]));
        }
    }
}
