package dev.clio.console.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SparklineTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final Sparkline spark = new Sparkline();

    @Start
    void start(Stage stage) {
        StackPane root = new StackPane(spark);
        stage.setScene(new Scene(root, 240, 40));
        stage.show();
    }

    @Test
    void anAxisThatIsStillFillingGrowsAMinuteAtATime() {
        Duration span = Duration.ofMinutes(15);
        assertThat(Sparkline.window(Duration.ofSeconds(5), span)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Sparkline.window(Duration.ofSeconds(61), span)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Sparkline.window(Duration.ofSeconds(119), span)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Sparkline.window(Duration.ofSeconds(120), span)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Sparkline.window(Duration.ofMinutes(40), span)).isEqualTo(span);
    }

    @Test
    void aRefreshThatLandsOnTheSamePixelsIsNotDrawnAgain() {
        List<SparkPoint> flat = series(900, i -> 42.0);
        int before = onFx(() -> {
            spark.show(flat, OverviewViewModel.WINDOW, List.of());
            return spark.draws();
        });
        // The same flat line one second later: every point moved a quarter of a pixel, the picture did not change.
        List<SparkPoint> later = new ArrayList<>(flat.subList(1, flat.size()));
        later.add(new SparkPoint(flat.getLast().at().plusSeconds(1), 42.0));
        assertThat(onFx(() -> {
            spark.show(later, OverviewViewModel.WINDOW, List.of());
            spark.colors(Color.GRAY, Color.GRAY, Color.ORANGE, Color.RED);
            return spark.draws();
        })).isEqualTo(before);
    }

    @Test
    void aNewValueOrANewColourIsDrawn() {
        List<SparkPoint> flat = series(900, i -> 42.0);
        int before = onFx(() -> {
            spark.show(flat, OverviewViewModel.WINDOW, List.of());
            return spark.draws();
        });
        List<SparkPoint> spike = new ArrayList<>(flat.subList(1, flat.size()));
        spike.add(new SparkPoint(flat.getLast().at().plusSeconds(1), 90.0));
        assertThat(onFx(() -> {
            spark.show(spike, OverviewViewModel.WINDOW, List.of());
            return spark.draws();
        })).isEqualTo(before + 1);
        assertThat(onFx(() -> {
            spark.colors(Color.BLUE, Color.GRAY, Color.ORANGE, Color.RED);
            return spark.draws();
        })).isEqualTo(before + 2);
    }

    private static List<SparkPoint> series(int n, java.util.function.IntToDoubleFunction value) {
        List<SparkPoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new SparkPoint(T0.plusSeconds(i), value.applyAsDouble(i)));
        }
        return points;
    }

    private static int onFx(java.util.concurrent.Callable<Integer> work) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, work);
    }
}
