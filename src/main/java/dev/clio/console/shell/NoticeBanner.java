package dev.clio.console.shell;

import dev.clio.console.common.Notifications;
import dev.clio.console.common.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The newest in-app notification, over the top-right corner of the window, until dismissed. */
final class NoticeBanner {

    private final StackPane root = new StackPane();
    private final Notifications notifications;

    NoticeBanner(Notifications notifications) {
        this.notifications = notifications;
        root.setPickOnBounds(false);
        root.setId("notice-banner");
        notifications.notices().addListener((ListChangeListener<Notifications.Notice>) c -> show());
        show();
    }

    StackPane node() {
        return root;
    }

    private void show() {
        root.getChildren().clear();
        if (notifications.notices().isEmpty()) {
            return;
        }
        Notifications.Notice notice = notifications.notices().get(0);
        Label title = new Label(notice.title());
        title.getStyleClass().add(notice.critical() ? Styles.CRIT : Styles.WARN);
        Label text = new Label(notice.text());
        text.setWrapText(true);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("notice-dismiss");
        close.setOnAction(e -> notifications.dismiss(notice));
        HBox head = new HBox(8, title, close);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, head, text);
        box.getStyleClass().add(Styles.NOTIFICATION);
        box.setMaxSize(380, javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.TOP_RIGHT);
        root.getChildren().add(box);
    }
}
