package dev.clio.console;

import dev.clio.connections.ConnectionStore;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.RunbookRequest;
import dev.clio.console.common.RunbookRequests;
import dev.clio.console.common.ConsolePrefs;
import dev.clio.console.common.Notifications;
import dev.clio.console.common.SessionOpener;
import dev.clio.console.connections.ConnectionsFeature;
import dev.clio.console.shell.MainWindow;
import dev.clio.console.shell.ShellViewModel;
import dev.clio.console.shell.WelcomeModel;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: builds the window first, then opens the session in the background. */
public final class ConsoleApp extends Application {

    private static volatile ConsoleStartup startup;

    private ConsolePrefs prefs;
    private ConsoleRuntime runtime;
    private MainWindow window;
    private Stage stage;
    private WelcomeModel welcome;

    static void startup(ConsoleStartup value) {
        startup = value;
    }

    @Override
    public void start(Stage primary) {
        ConsoleStartup how = startup;
        stage = primary;
        prefs = ConsolePrefs.load(how.configDir());
        ShellViewModel[] vm = new ShellViewModel[1];
        runtime = new ConsoleRuntime(prefs, how.refreshOrNull(), Platform::runLater, Clock.systemUTC(),
                id -> vm[0].show(id));
        ConsoleContext context = runtime.context();
        vm[0] = new ShellViewModel(ConsoleViews.all(), context.settings(), prefs, context.clock(), how.viewOrNull());
        window = new MainWindow(context, vm[0]);
        ConnectionsFeature connections = new ConnectionsFeature(context,
                new SessionOpener(new ConnectionStore(how.configDir())));
        window.addToolbarItem(connections.switcher());
        window.addOverlay(connections.dialog());
        window.addDemoLoadSwitch(how.demoLoad());
        welcome = new WelcomeModel(prefs);
        window.addWelcome(welcome);
        context.sessions().statusProperty().addListener((obs, old, now) -> vm[0].connectionChanged(now));
        context.sessions().currentProperty().addListener((obs, old, now) -> vm[0].sessionChanged(now));
        context.kpis().latestProperty().addListener((obs, old, now) -> vm[0].refreshed(now));
        Scene scene = new Scene(window.root(), WindowState.DEFAULT_WIDTH, WindowState.DEFAULT_HEIGHT);
        window.attach(scene);
        primary.setScene(scene);
        primary.titleProperty().bind(vm[0].titleProperty());
        AppIcons.install(primary);
        // unsaved work (the workflow editor) may keep the window open
        primary.setOnCloseRequest(e -> {
            if (!context.sessions().mayLeave()) {
                e.consume();
            }
        });
        if (how.screenshotsOrNull() == null) {
            WindowState.restore(primary, prefs);
        } else {
            // screenshots show the whole screen the tour runs on (1440x900 under bin/screenshots)
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            primary.setX(screen.getMinX());
            primary.setY(screen.getMinY());
            primary.setWidth(screen.getWidth());
            primary.setHeight(screen.getHeight());
        }
        primary.show();
        FirstFrame.measure(how.firstFrameFileOrNull(), () -> afterFirstFrame(how, scene, vm[0]));
    }

    private void afterFirstFrame(ConsoleStartup how, Scene scene, ShellViewModel vm) {
        if (how.exitAfterFirstFrame()) {
            Platform.exit();
            return;
        }
        ConsoleContext context = runtime.context();
        runtime.open(how.initialSession(), problem -> context.notifications().post(new Notifications.Notice(
                context.clock().instant(), "Could not open the connection", problem, false)));
        context.kpis().start(context.settings().refreshProperty().get());
        window.prebuildViews();
        if (how.screenshotsOrNull() != null) {
            // the Runbooks view is worth a picture with a runbook open and its investigations run
            context.runbookRequests().open(new RunbookRequest("service-down", null, null, "", java.util.List.of()));
            new ScreenshotTour(scene, vm, welcome, how.screenshotsOrNull(), javafx.util.Duration.millis(1500),
                    Platform::exit, id -> {
                        if (id.equals(RunbookRequests.VIEW_ID)) {
                            context.actions().find("runbook.run-all").ifPresent(a -> a.run().run());
                        }
                    }).start(javafx.util.Duration.seconds(4));
        }
    }

    @Override
    public void stop() {
        if (stage != null && startup.screenshotsOrNull() == null) {
            WindowState.remember(stage, prefs);
            prefs.save();
        }
        if (runtime != null) {
            runtime.close();
        }
    }
}
