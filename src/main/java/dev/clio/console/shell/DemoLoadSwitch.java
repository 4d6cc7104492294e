package dev.clio.console.shell;

import dev.clio.console.common.Background;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.DemoHandle;
import dev.clio.console.common.Notifications;
import dev.clio.console.common.Session;
import dev.clio.console.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar switch of the demo load generator, shown only on the demo workspace. While the generator runs, a
 * "DEMO LOAD" label is on screen on every view (with its request counts as tooltip), since every tile and alert it
 * moves is its doing.
 */
final class DemoLoadSwitch {

    private final ConsoleContext context;
    private final ToggleButton toggle = new ToggleButton("Demo load", new FontIcon("mdi2p-play-circle-outline"));
    private final Label running = new Label("DEMO LOAD");
    private final HBox root = new HBox(6, running, toggle);
    private boolean autoStart;

    DemoLoadSwitch(ConsoleContext context, boolean autoStart) {
        this.context = context;
        this.autoStart = autoStart;
        toggle.setId("demo-load-switch");
        toggle.setTooltip(new Tooltip("Generate demo traffic against the demo engine: API calls, sample workflows, "
                + "failures, slow steps, budget overruns and failed logins, so every tile and alert is live ("
                + Shortcuts.display("Shortcut+Shift+D") + ")"));
        running.setId("demo-load-label");
        running.getStyleClass().add(Styles.DEMO_LABEL);
        root.setAlignment(Pos.CENTER_LEFT);
        toggle.setOnAction(e -> flip());
        context.sessions().currentProperty().addListener((obs, old, now) -> sessionChanged(now));
        context.kpis().latestProperty().addListener((obs, old, now) -> refreshLabel());
        context.actions().register(new dev.clio.console.common.ConsoleAction("demo.toggle", "Demo",
                "Start or stop the demo load", "Shortcut+Shift+D", "Only on the demo workspace",
                this::flipFromPalette));
        sessionChanged(context.sessions().current());
    }

    Node node() {
        return root;
    }

    private void sessionChanged(Session session) {
        DemoHandle demo = demo();
        root.setVisible(demo != null);
        root.setManaged(demo != null);
        toggle.setSelected(demo != null && demo.running());
        refreshLabel();
        if (demo != null && autoStart) {
            autoStart = false;
            toggle.setSelected(true);
            flip();
        }
    }

    private void flipFromPalette() {
        if (demo() != null) {
            toggle.setSelected(!toggle.isSelected());
            flip();
        }
    }

    private void flip() {
        DemoHandle demo = demo();
        if (demo == null) {
            return;
        }
        boolean start = toggle.isSelected();
        toggle.setDisable(true);
        Background.call(() -> {
            if (start) {
                demo.start();
            } else {
                demo.stop();
            }
            return demo.running();
        }).onSuccess(now -> {
            toggle.setDisable(false);
            toggle.setSelected(now);
            refreshLabel();
        }).onError(problem -> {
            toggle.setDisable(false);
            toggle.setSelected(demo.running());
            context.notifications().post(new Notifications.Notice(context.clock().instant(),
                    "Demo load could not " + (start ? "start" : "stop"), problem, false));
        }).runOn(context.io(), context.ui());
    }

    private void refreshLabel() {
        DemoHandle demo = demo();
        boolean on = demo != null && demo.running();
        running.setVisible(on);
        running.setManaged(on);
        if (on) {
            running.setTooltip(new Tooltip("Demo load: " + demo.stats().summary(context.clock().instant())));
        }
    }

    private DemoHandle demo() {
        Session session = context.sessions().current();
        return session == null ? null : session.demoOrNull();
    }
}
