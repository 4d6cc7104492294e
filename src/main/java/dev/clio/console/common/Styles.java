package dev.clio.console.common;

/** Style-class names used by the console; base.css styles them with the theme's semantic colours. */
public final class Styles {

    public static final String BASE_STYLESHEET = "/styles/base.css";

    public static final String OK = "ops-status-ok";
    public static final String WARN = "ops-status-warn";
    public static final String CRIT = "ops-status-crit";
    public static final String STALE = "ops-status-stale";
    public static final String MUTED = "ops-muted";

    public static final String NAV = "ops-nav";
    public static final String NAV_BUTTON = "ops-nav-button";
    public static final String TOOLBAR = "ops-toolbar";
    public static final String STATUS_BAR = "ops-status-bar";
    public static final String VIEW_TITLE = "ops-view-title";
    public static final String PLACEHOLDER = "ops-placeholder";
    public static final String ENV_BADGE = "ops-env-badge";
    public static final String ENV_PREFIX = "ops-env-";
    public static final String PRODUCTION_FRAME = "ops-production";
    public static final String PALETTE = "ops-palette";
    public static final String STATE_PREFIX = "ops-state-";
    public static final String NOTIFICATION = "ops-notification";
    public static final String DEMO_LABEL = "ops-demo-label";

    public static final String LOG_PANE = "ops-log-pane";
    public static final String LOG_AREA = "ops-log-area";
    public static final String LOG_TOOLBAR = "ops-log-toolbar";
    public static final String LOG_PROBLEM = "ops-log-problem";
    public static final String LOG_RAW = "ops-log-raw";
    public static final String LOGS_HEADER = "ops-logs-header";

    private Styles() {
    }
}
