package dev.clio.console.shell;

import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.ConsoleView;
import dev.clio.console.common.Styles;
import dev.clio.console.common.Theme;
import dev.clio.console.common.ViewSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The window's content: toolbar, navigation, the selected view, status bar, and the palette drawn over them.
 * Views are built on first show, so start-up builds only one.
 */
public final class MainWindow {

    private final ConsoleContext context;
    private final ShellViewModel vm;
    private final Map<String, ConsoleView> built = new HashMap<>();
    private final StackPane content = new StackPane();
    private final CommandPalette palette;
    private final StackPane root;
    private final BorderPane frame = new BorderPane();
    private final Toolbar toolbar;
    private ConsoleView showing;

    public MainWindow(ConsoleContext context, ShellViewModel vm) {
        this.context = context;
        this.vm = vm;
        this.palette = new CommandPalette(context.actions());
        content.setId("view-content");
        toolbar = new Toolbar(vm, this::openPalette);
        frame.setTop(toolbar.node());
        frame.setLeft(new NavBar(vm).node());
        frame.setCenter(content);
        frame.setBottom(new StatusBar(vm, context.incident(), context.navigator()).node());
        root = new StackPane(frame, new NoticeBanner(context.notifications()).node(), palette.node());
        registerActions();
        vm.selectedProperty().addListener((obs, old, now) -> display(now));
        vm.environmentProperty().addListener((obs, old, now) -> markEnvironment(old, now));
        markEnvironment(null, vm.environmentProperty().get());
        display(vm.selectedProperty().get());
    }

    public Parent root() {
        return root;
    }

    public ShellViewModel viewModel() {
        return vm;
    }

    /** Applies the theme now and whenever it changes, and installs the keyboard shortcuts. */
    public void attach(Scene scene) {
        applyTheme(scene, vm.themeProperty().get());
        vm.themeProperty().addListener((obs, old, now) -> applyTheme(scene, now));
        context.actions().bindShortcuts(scene);
    }

    /**
     * Builds the views not shown yet, one per pulse, so that their palette actions and shortcuts exist without the
     * user visiting each view first; start-up still builds only the first view before the first frame.
     */
    public void prebuildViews() {
        vm.views().stream().filter(v -> !built.containsKey(v.id())).findFirst().ifPresent(spec -> {
            built.put(spec.id(), spec.factory().apply(context));
            context.ui().execute(this::prebuildViews);
        });
    }

    /** A feature's control in the toolbar, before the palette and theme buttons (e.g. the connection switcher). */
    public void addToolbarItem(Node node) {
        toolbar.addTrailing(node);
    }

    /** The demo load switch, shown while the session is on the demo workspace. */
    public void addDemoLoadSwitch(boolean startWhenOnDemo) {
        toolbar.addTrailing(new DemoLoadSwitch(context, startWhenOnDemo).node());
    }

    /** A feature's panel drawn over the window, under the palette (e.g. the connection manager). */
    public void addOverlay(Node node) {
        root.getChildren().add(root.getChildren().size() - 1, node);
    }

    /** The first-run welcome, over the views and under the palette; shown while the model says so. */
    public void addWelcome(WelcomeModel welcome) {
        addOverlay(new WelcomePanel(vm.views(), welcome).node());
    }

    public void openPalette() {
        palette.open();
    }

    private void registerActions() {
        List<ViewSpec> views = vm.views();
        for (int i = 0; i < views.size(); i++) {
            ViewSpec spec = views.get(i);
            String keys = i < 9 ? "Shortcut+" + (i + 1) : null;
            context.actions().register(new ConsoleAction("view." + spec.id(), "View", spec.title(), keys,
                    spec.description(), () -> vm.show(spec.id())));
        }
        context.actions().register(new ConsoleAction("palette.open", "Console", "Command palette", Shortcuts.PALETTE,
                "Search views and actions", this::openPalette));
        context.actions().register(new ConsoleAction("theme.toggle", "Console", "Switch light/dark theme",
                Shortcuts.THEME, "Switches the theme; the choice is remembered", vm::toggleTheme));
        context.actions().register(new ConsoleAction("kpi.refresh", "Console", "Refresh now", Shortcuts.REFRESH,
                "Polls KPIs and health now instead of at the next interval", () -> context.kpis().refreshNow()));
    }

    private void display(ViewSpec spec) {
        if (showing != null) {
            showing.hidden();
        }
        ConsoleView view = built.computeIfAbsent(spec.id(), id -> spec.factory().apply(context));
        content.getChildren().setAll(view.node());
        showing = view;
        view.shown();
    }

    private void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(css(theme.stylesheet()), css(Styles.BASE_STYLESHEET));
        root.getStyleClass().removeAll("ops-theme-light", "ops-theme-dark");
        root.getStyleClass().add("ops-theme-" + theme.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void markEnvironment(String old, String now) {
        if (old != null) {
            frame.getStyleClass().remove(Styles.ENV_PREFIX + old);
        }
        frame.getStyleClass().remove(Styles.PRODUCTION_FRAME);
        frame.getStyleClass().add(Styles.ENV_PREFIX + now);
        if ("production".equals(now)) {
            frame.getStyleClass().add(Styles.PRODUCTION_FRAME);
        }
    }

    private static String css(String resource) {
        var url = MainWindow.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + resource + " is missing from the build");
        }
        return url.toExternalForm();
    }
}
