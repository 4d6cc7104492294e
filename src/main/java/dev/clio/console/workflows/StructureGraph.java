package dev.clio.console.workflows;

import dev.clio.console.common.ThemeColors;
import dev.clio.engine.workflow.assist.WorkflowStructure;
import dev.clio.engine.workflow.assist.WorkflowStructure.Edge;
import dev.clio.engine.workflow.assist.WorkflowStructure.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The dependency graph on a canvas: one column per level (roots left), steps as boxes coloured by actor type
 * (deterministic: accent, AI: warn, unknown actor: muted), cycle members and edges in the critical colour, implicit
 * "previous step" edges dashed, the caret's step outlined.
 */
final class StructureGraph {

    static final double BOX_W = 132;
    static final double BOX_H = 34;
    private static final double COL = 168;
    private static final double ROW = 46;
    private static final double PAD = 10;

    private final Canvas canvas = new Canvas(200, 100);
    private final Map<String, Rectangle2D> boxes = new HashMap<>();
    private WorkflowStructure structure = WorkflowStructure.EMPTY;
    private String highlighted;
    private ThemeColors colors = ThemeColors.FALLBACK;

    StructureGraph() {
        canvas.setId("workflow-structure-graph");
    }

    Canvas canvas() {
        return canvas;
    }

    void show(WorkflowStructure next, String highlightedOrNull, ThemeColors theme) {
        structure = next;
        highlighted = highlightedOrNull;
        colors = theme;
        layout();
        draw();
    }

    /** The step drawn at a point of the canvas. */
    Optional<String> stepAt(double x, double y) {
        return boxes.entrySet().stream().filter(e -> e.getValue().contains(x, y)).map(Map.Entry::getKey).findFirst();
    }

    Map<String, Rectangle2D> boxes() {
        return boxes;
    }

    private void layout() {
        boxes.clear();
        Map<Integer, Integer> rows = new HashMap<>();
        for (Node n : structure.nodes()) {
            int row = rows.merge(n.level(), 1, Integer::sum) - 1;
            boxes.putIfAbsent(n.id(), new Rectangle2D(PAD + n.level() * COL, PAD + row * ROW, BOX_W, BOX_H));
        }
        int maxRows = rows.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        canvas.setWidth(Math.max(200, PAD * 2 + structure.levels() * COL));
        canvas.setHeight(Math.max(60, PAD * 2 + maxRows * ROW));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        for (Edge e : structure.edges()) {
            Rectangle2D from = boxes.get(e.from());
            Rectangle2D to = boxes.get(e.to());
            if (from != null && to != null) {
                g.setStroke(e.inCycle() ? colors.crit() : colors.muted());
                g.setLineWidth(e.inCycle() ? 2 : 1.2);
                g.setLineDashes(e.implicit() ? new double[] {4, 3} : null);
                g.strokeLine(from.getMaxX(), from.getMinY() + BOX_H / 2, to.getMinX(), to.getMinY() + BOX_H / 2);
                g.fillOval(to.getMinX() - 3, to.getMinY() + BOX_H / 2 - 3, 6, 6);
            }
        }
        g.setLineDashes(null);
        for (Node n : structure.nodes()) {
            Rectangle2D r = boxes.get(n.id());
            Color fill = switch (n.actorType()) {
                case "ai" -> colors.warn();
                case "deterministic" -> colors.accent();
                default -> colors.muted();
            };
            g.setFill(fill.deriveColor(0, 1, 1, 0.28));
            g.fillRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 8, 8);
            boolean caret = n.id().equals(highlighted);
            g.setStroke(n.inCycle() ? colors.crit() : caret ? colors.fg() : fill);
            g.setLineWidth(caret || n.inCycle() ? 2.5 : 1.2);
            g.strokeRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 8, 8);
            g.setFill(colors.fg());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(n.id() + "  " + clip(n.name(), 12), r.getMinX() + 6, r.getMinY() + 14);
            g.setFill(colors.muted());
            g.fillText(clip(String.valueOf(n.actor()), 20), r.getMinX() + 6, r.getMinY() + 28);
        }
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
