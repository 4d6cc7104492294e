package dev.clio.console.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * A sparkline over a fixed time window, drawn on a canvas that follows the region's size. Gaps (NaN) lift the pen, so
 * no data is a hole in the line, never a drop to 0. Optionally draws threshold lines (the history pane does).
 */
final class Sparkline extends Region {

    private static final double PAD = 3;
    /** A young console's first samples spread over at least this, not squeezed against the right edge of 15 min. */
    private static final Duration MIN_SPAN = Duration.ofMinutes(1);
    private final Canvas canvas = new Canvas();
    private List<SparkPoint> points = List.of();
    private List<LadderStep> thresholds = List.of();
    private Instant end = Instant.EPOCH;
    private Duration window = MIN_SPAN;
    private Color line = Color.GRAY;
    private Color dot = Color.GRAY;
    private Color warn = Color.ORANGE;
    private Color crit = Color.RED;
    private SparkGeometry drawn;
    private List<Object> drawnLook;
    private int draws;

    Sparkline() {
        getChildren().add(canvas);
        setMinHeight(14);
    }

    /**
     * @param next oldest first; the line ends at the newest point
     * @param span the most it shows; less while the points cover less (but at least a minute)
     * @param thresholdsOrEmpty the warning and critical steps to draw as dashed lines, or none
     */
    void show(List<SparkPoint> next, Duration span, List<LadderStep> thresholdsOrEmpty) {
        points = next;
        end = next.isEmpty() ? Instant.EPOCH : next.getLast().at();
        window = window(next.isEmpty() ? span : Duration.between(next.getFirst().at(), end), span);
        thresholds = thresholdsOrEmpty;
        draw();
    }

    /**
     * What the axis spans: what the points cover, rounded up to a whole minute, so a young console's axis rescales
     * once a minute rather than with every sample (each rescale moves every point and repaints the tile).
     */
    static Duration window(Duration covered, Duration span) {
        long minutes = Math.max(MIN_SPAN.toMinutes(), (covered.toSeconds() + 59) / 60);
        Duration rounded = Duration.ofMinutes(minutes);
        return rounded.compareTo(span) > 0 ? span : rounded;
    }

    void colors(Color lineColor, Color dotColor, Color warnColor, Color critColor) {
        line = lineColor;
        dot = dotColor;
        warn = warnColor;
        crit = critColor;
        draw();
    }

    /** How many times the canvas was actually drawn; for tests. */
    int draws() {
        return draws;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double[] range = range();
        SparkGeometry geometry = range == null || w <= 2 * PAD || h <= 2 * PAD ? SparkGeometry.EMPTY
                : geometry(range, w, h);
        List<Object> look = List.of(w, h, line, dot, warn, crit, thresholds);
        // An idle console refreshes every tile each second; most lines look the same as a second ago, and a canvas
        // that is drawn again is repainted by the renderer even when its pixels do not change.
        if (geometry.equals(drawn) && look.equals(drawnLook)) {
            return;
        }
        drawn = geometry;
        drawnLook = look;
        draws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (geometry == SparkGeometry.EMPTY) {
            return;
        }
        for (LadderStep t : thresholds) {
            Color c = t.name().equals("critical") ? crit : warn;
            g.setStroke(c);
            g.setLineWidth(1);
            g.setLineDashes(4, 4);
            double y = y(t.value(), range, h);
            g.strokeLine(PAD, y, w - PAD, y);
            g.setFill(c);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(y < 16 ? VPos.TOP : VPos.BOTTOM);
            g.fillText(t.shortName() + " " + t.text(), w - PAD, y < 16 ? y + 2 : y - 2);
        }
        g.setLineDashes();
        g.setStroke(line);
        g.setLineWidth(thresholds.isEmpty() ? 1.5 : 2);
        g.setLineCap(StrokeLineCap.ROUND);
        for (SparkGeometry.Run run : geometry.runs()) {
            stroke(g, run.xs(), run.ys(), run.xs().length);
        }
        if (geometry.hasLast()) {
            g.setFill(dot);
            g.fillOval(geometry.lastX() - 2.5, geometry.lastY() - 2.5, 5, 5);
        }
    }

    /** The line in device pixels, snapped to half pixels so sub-pixel drift of the time axis does not count as change. */
    private SparkGeometry geometry(double[] range, double w, double h) {
        SparkGeometry.Builder b = new SparkGeometry.Builder(points.size());
        for (SparkPoint p : points) {
            if (p.gap()) {
                b.gap();
            } else {
                b.point(snap(x(p.at(), w)), snap(y(p.value(), range, h)));
            }
        }
        return b.build(range);
    }

    private static double snap(double v) {
        return Math.round(v * 2) / 2.0;
    }

    /** Draws one unbroken run as a single polyline (a lone point as a dot); returns 0, the start of the next run. */
    private static int stroke(GraphicsContext g, double[] xs, double[] ys, int n) {
        if (n == 1) {
            g.strokeLine(xs[0], ys[0], xs[0], ys[0]);
        } else if (n > 1) {
            g.strokePolyline(xs, ys, n);
        }
        return 0;
    }

    /** Min and max of the values (and thresholds), padded when flat; null when there is nothing to draw. */
    private double[] range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (SparkPoint p : points) {
            if (!p.gap()) {
                min = Math.min(min, p.value());
                max = Math.max(max, p.value());
            }
        }
        if (min > max) {
            return null;
        }
        for (LadderStep t : thresholds) {
            min = Math.min(min, t.value());
            max = Math.max(max, t.value());
        }
        if (max - min < 1e-9) {
            double pad = Math.max(Math.abs(max) * 0.05, 0.5);
            return new double[] {min - pad, max + pad};
        }
        return new double[] {min, max};
    }

    private double x(Instant at, double w) {
        double span = Math.max(1, window.toMillis());
        double offset = span - Duration.between(at, end).toMillis();
        return PAD + Math.max(0, Math.min(1, offset / span)) * (w - 2 * PAD);
    }

    private static double y(double v, double[] range, double h) {
        double f = (v - range[0]) / (range[1] - range[0]);
        return h - PAD - f * (h - 2 * PAD);
    }
}
