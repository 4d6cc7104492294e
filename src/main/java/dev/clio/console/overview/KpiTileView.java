package dev.clio.console.overview;

import dev.clio.console.common.Styles;
import dev.clio.console.common.ThemeColors;
import dev.clio.kpi.Level;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One KPI as a TilesFX tile (custom skin: the tile draws the title, frame and status line; the graphic holds the value,
 * level, sparkline and ladder). The level shows as a word and an icon as well as a colour. Updated only through
 * {@link #show}, once per update, on the UI thread; never animated.
 */
final class KpiTileView {

    private final Tile tile;
    private final Label value = new Label();
    private final Label unit = new Label();
    private final Label level = new Label();
    private final Label detail = new Label();
    private final FlowPane ladder = new FlowPane(8, 0);
    private final Sparkline spark = new Sparkline();
    private final Tooltip tooltip = new Tooltip();
    private KpiTile shown;
    private ThemeColors colors = ThemeColors.FALLBACK;

    KpiTileView(String id, Consumer<String> open) {
        value.getStyleClass().add(Styles.KPI_VALUE);
        unit.getStyleClass().add(Styles.MUTED);
        level.getStyleClass().add(Styles.KPI_LEVEL);
        level.setMinWidth(Region.USE_PREF_SIZE);
        detail.getStyleClass().add(Styles.KPI_DETAIL);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox top = new HBox(4, value, unit, spring, level);
        top.setAlignment(Pos.BASELINE_LEFT);
        VBox.setVgrow(spark, Priority.ALWAYS);
        VBox box = new VBox(2, top, detail, spark, ladder);
        box.setFillWidth(true);
        tile = TileBuilder.create().skinType(Tile.SkinType.CUSTOM).title(" ").text(" ").textVisible(true)
                .graphic(box).animated(false).roundedCorners(true).textSize(Tile.TextSize.BIGGER).build();
        tile.setId("kpi-" + id);
        tile.getStyleClass().add(Styles.KPI_TILE);
        tile.setCursor(Cursor.HAND);
        tile.setFocusTraversable(true);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tile.setTooltip(tooltip);
        tile.setOnMouseClicked(e -> open.accept(id));
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open.accept(id);
            }
        });
    }

    Tile node() {
        return tile;
    }

    KpiTile shown() {
        return shown;
    }

    void size(double width, double height) {
        tile.setMinSize(width, height);
        tile.setPrefSize(width, height);
        tile.setMaxSize(width, height);
    }

    void show(KpiTile t) {
        if (shown == null || shown.level() != t.level()) {
            tile.getStyleClass().removeIf(c -> c.startsWith(Styles.KPI_LEVEL_PREFIX) && !c.equals(Styles.KPI_TILE));
            tile.getStyleClass().add(Styles.KPI_LEVEL_PREFIX + t.levelKey());
            level.setGraphic(new FontIcon(LevelLook.icon(t.level())));
        }
        shown = t;
        tile.setTitle(t.title());
        tile.setText(t.status());
        value.setText(t.value());
        unit.setText(t.unit());
        level.setText(t.levelText());
        String marks = t.marks().isEmpty() ? "" : t.marks().get(0).text()
                + (t.marks().size() > 1 ? " (+" + (t.marks().size() - 1) + ")" : "");
        detail.setText(join(join(t.trendOrEmpty(), t.noteOrEmpty()), marks));
        String markIcon = t.marks().isEmpty() ? null : t.marks().get(0).kind().icon();
        if (markIcon == null) {
            detail.setGraphic(null);
        } else if (!(detail.getGraphic() instanceof FontIcon f && f.getIconLiteral().equals(markIcon))) {
            detail.setGraphic(new FontIcon(markIcon));
        }
        showLadder(t.ladder());
        tooltip.setText(t.reason());
        spark.show(t.spark(), OverviewViewModel.WINDOW, List.of());
        paint();
    }

    void colors(ThemeColors next) {
        colors = next;
        paint();
    }

    private void showLadder(List<LadderStep> steps) {
        if (ladder.getChildren().size() != steps.size()) {
            ladder.getChildren().clear();
            steps.forEach(s -> {
                Label l = new Label();
                l.getStyleClass().add(Styles.KPI_RUNG);
                ladder.getChildren().add(l);
            });
        }
        for (int i = 0; i < steps.size(); i++) {
            Label l = (Label) ladder.getChildren().get(i);
            l.setText(steps.get(i).label());
            if (steps.get(i).current() != l.getStyleClass().contains(Styles.KPI_RUNG_CURRENT)) {
                if (steps.get(i).current()) {
                    l.getStyleClass().add(Styles.KPI_RUNG_CURRENT);
                } else {
                    l.getStyleClass().remove(Styles.KPI_RUNG_CURRENT);
                }
            }
        }
    }

    /** The Color properties TilesFX wants, from the theme; only what changed is set, so an update stays cheap. */
    private void paint() {
        Level l = shown == null ? Level.NO_DATA : shown.level();
        Color surface = colors.dark() ? colors.bg().interpolate(colors.fg(), 0.07) : Color.WHITE;
        Color edge = l == Level.OK ? colors.bg().interpolate(colors.fg(), 0.18) : LevelLook.color(l, colors);
        boolean stale = l == Level.STALE;
        set(tile.getBackgroundColor(), surface, tile::setBackgroundColor);
        set(tile.getBorderColor(), edge, tile::setBorderColor);
        double width = l == Level.WARNING || l == Level.CRITICAL ? 2 : 1;
        if (tile.getBorderWidth() != width) {
            tile.setBorderWidth(width);
        }
        set(tile.getTitleColor(), stale ? colors.stale() : colors.fg(), tile::setTitleColor);
        set(tile.getTextColor(), stale ? colors.stale() : colors.muted(), tile::setTextColor);
        Color line = stale ? colors.stale() : colors.accent();
        spark.colors(line, LevelLook.color(l, colors), colors.warn(), colors.crit());
    }

    private static void set(Color now, Color next, Consumer<Color> setter) {
        if (!next.equals(now)) {
            setter.accept(next);
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " · " + b;
    }
}
