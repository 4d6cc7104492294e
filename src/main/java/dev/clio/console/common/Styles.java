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
    public static final String WELCOME = "ops-welcome";
    public static final String WELCOME_HEADING = "ops-welcome-heading";
    public static final String DEMO_LABEL = "ops-demo-label";
    public static final String CONFIRMATION = "ops-confirmation";
    public static final String CONNECTIONS = "ops-connections";
    public static final String CONNECTIONS_FORM = "ops-connections-form";
    public static final String CONNECTIONS_HEADING = "ops-connections-heading";
    public static final String CONNECTION_SWITCHER = "ops-connection-switcher";
    /** A hidden node whose background lists the theme's colours; see {@link ThemeColors}. */
    public static final String THEME_PROBE = "ops-theme-probe";

    // Overview: KPI tiles
    public static final String KPI_SECTION = "ops-kpi-section";
    public static final String KPI_TILE = "ops-kpi-tile";
    /** Followed by the level: ops-kpi-ok, ops-kpi-warning, ops-kpi-critical, ops-kpi-stale, ops-kpi-no-data. */
    public static final String KPI_LEVEL_PREFIX = "ops-kpi-";
    public static final String KPI_VALUE = "ops-kpi-value";
    public static final String KPI_LEVEL = "ops-kpi-level";
    public static final String KPI_DETAIL = "ops-kpi-detail";
    public static final String KPI_MARK = "ops-kpi-mark";
    public static final String KPI_RUNG = "ops-kpi-rung";
    public static final String KPI_RUNG_CURRENT = "ops-kpi-rung-current";
    public static final String KPI_HISTORY = "ops-kpi-history";
    public static final String RECENT_ERRORS = "ops-recent-errors";
    public static final String RECENT_ERRORS_HEADER = "ops-recent-errors-header";
    public static final String RECENT_ERRORS_TITLE = "ops-recent-errors-title";
    public static final String RECENT_ERRORS_TOGGLE = "ops-recent-errors-toggle";

    // Alerts
    public static final String ALERTS_VIEW = "ops-alerts";
    public static final String ALERT_TABLE = "ops-alert-table";
    public static final String ALERT_DETAIL = "ops-alert-detail";
    public static final String ALERT_TITLE = "ops-alert-title";
    public static final String ALERT_COUNTDOWN = "ops-alert-countdown";
    public static final String ALERT_FIELD = "ops-alert-field";
    public static final String ALERT_HISTORY = "ops-alert-history";
    // Capacity
    public static final String CAPACITY_VIEW = "ops-capacity";
    public static final String CAPACITY_CHART = "ops-capacity-chart";
    public static final String CAPACITY_TABLE = "ops-capacity-table";
    public static final String CAPACITY_TRIGGERED_ROW = "ops-capacity-triggered";
    public static final String CAPACITY_SECTION = "ops-capacity-section";
    public static final String CAPACITY_PROBLEM = "ops-capacity-problem";
    // Containers
    public static final String CONTAINERS_VIEW = "ops-containers";
    public static final String CONTAINER_TABLE = "ops-container-table";
    public static final String CONTAINER_DETAIL = "ops-container-detail";
    public static final String CONTAINER_CHART = "ops-container-chart";
    public static final String CONTAINER_PROBLEM = "ops-container-problem";
    public static final String CONTAINER_SECTION = "ops-container-section";

    public static final String LOG_PANE = "ops-log-pane";
    public static final String LOG_AREA = "ops-log-area";
    public static final String LOG_TOOLBAR = "ops-log-toolbar";
    public static final String LOG_PROBLEM = "ops-log-problem";
    public static final String LOG_RAW = "ops-log-raw";
    public static final String LOGS_HEADER = "ops-logs-header";

    private Styles() {
    }
}
