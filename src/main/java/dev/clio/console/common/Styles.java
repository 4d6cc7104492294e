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
    public static final String ALERTMANAGER_PANE = "ops-alertmanager-pane";
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
    // Incidents
    public static final String ACTIVE_INCIDENT = "ops-active-incident";
    public static final String INCIDENTS_VIEW = "ops-incidents";
    public static final String INCIDENT_LIST = "ops-incident-list";
    public static final String INCIDENT_PANEL = "ops-incident-panel";
    public static final String INCIDENT_TITLE = "ops-incident-title";
    public static final String INCIDENT_PHASE = "ops-incident-phase";
    public static final String INCIDENT_PHASE_CURRENT = "ops-incident-phase-current";
    public static final String INCIDENT_PHASE_PAST = "ops-incident-phase-past";
    public static final String INCIDENT_TIMELINE = "ops-incident-timeline";
    public static final String INCIDENT_PINNED = "ops-incident-pinned";
    public static final String INCIDENT_FIELD = "ops-incident-field";
    /** Followed by the severity label: ops-incident-sev-critical … ops-incident-sev-low. */
    public static final String INCIDENT_SEVERITY_PREFIX = "ops-incident-sev-";

    public static final String LOG_PANE = "ops-log-pane";
    public static final String LOG_AREA = "ops-log-area";
    public static final String LOG_TOOLBAR = "ops-log-toolbar";
    public static final String LOG_PROBLEM = "ops-log-problem";
    public static final String LOG_RAW = "ops-log-raw";
    public static final String LOGS_HEADER = "ops-logs-header";
    // Runbooks
    public static final String RUNBOOKS_VIEW = "ops-runbooks";
    public static final String RUNBOOK_LIST = "ops-runbook-list";
    public static final String RUNBOOK_GROUP = "ops-runbook-group";
    public static final String RUNBOOK_INVALID = "ops-runbook-invalid";
    public static final String RUNBOOK_TITLE = "ops-runbook-title";
    public static final String RUNBOOK_CONTEXT = "ops-runbook-context";
    public static final String RUNBOOK_SECTION = "ops-runbook-section";
    public static final String STEP_CARD = "ops-step-card";
    public static final String STEP_CARD_SUGGESTED = "ops-step-card-suggested";
    public static final String STEP_TITLE = "ops-step-title";
    public static final String STEP_BADGE = "ops-step-badge";
    public static final String STEP_BADGE_PREFIX = "ops-step-badge-";
    public static final String STEP_OPERATION = "ops-step-operation";
    public static final String STEP_VERDICT = "ops-step-verdict";
    public static final String STEP_RESULT = "ops-step-result";
    public static final String PARAM_PROBLEM = "ops-param-problem";
    public static final String WIZARD = "ops-wizard";
    public static final String WIZARD_STAGE = "ops-wizard-stage";
    public static final String WIZARD_STAGE_CURRENT = "ops-wizard-stage-current";

    // Workflows: the file tree, the editor (YAML token classes and diagnostic underlines), the problems list
    public static final String WORKFLOWS_VIEW = "ops-workflows";
    public static final String WORKFLOW_EDITOR = "ops-workflow-editor";
    public static final String WORKFLOW_TREE = "ops-workflow-tree";
    public static final String WORKFLOW_PROBLEMS = "ops-workflow-problems";
    public static final String WORKFLOW_BANNER = "ops-workflow-banner";
    public static final String WORKFLOW_GUTTER = "ops-workflow-gutter";
    public static final String WORKFLOW_DIFF = "ops-workflow-diff";
    public static final String YAML_KEY = "ops-yaml-key";
    public static final String YAML_STRING = "ops-yaml-string";
    public static final String YAML_NUMBER = "ops-yaml-number";
    public static final String YAML_LITERAL = "ops-yaml-literal";
    public static final String YAML_COMMENT = "ops-yaml-comment";
    public static final String YAML_PUNCT = "ops-yaml-punct";
    public static final String YAML_TEMPLATE = "ops-yaml-template";
    public static final String DIAG_ERROR = "ops-diag-error";
    public static final String DIAG_WARNING = "ops-diag-warning";
    public static final String DIAG_INFO = "ops-diag-info";
    public static final String FIND_MATCH = "ops-find-match";
    public static final String CURRENT_LINE = "ops-current-line";
    public static final String WORKFLOW_HOVER = "ops-workflow-hover";
    public static final String DIAG_MARKER_PREFIX = "ops-diag-marker-";
    public static final String DIFF_ADDED = "ops-diff-added";
    public static final String DIFF_REMOVED = "ops-diff-removed";

    // Workflow editor assistance: completion and documentation popups, structure graph, dry run, run
    public static final String ASSIST_POPUP = "ops-assist-popup";
    public static final String ASSIST_DETAIL = "ops-assist-detail";
    public static final String ASSIST_TITLE = "ops-assist-title";
    public static final String STRUCTURE_GRAPH = "ops-structure-graph";
    public static final String PLAN_GROUP = "ops-plan-group";
    public static final String PLAN_CHIP = "ops-plan-chip";
    public static final String PLAN_CHIP_AI = "ops-plan-chip-ai";
    public static final String PLAN_CHIP_UNAVAILABLE = "ops-plan-chip-unavailable";
    public static final String RUN_STEP_SUCCEEDED = "ops-run-succeeded";
    public static final String RUN_STEP_FAILED = "ops-run-failed";
    public static final String RUN_STEP_RUNNING = "ops-run-running";

    private Styles() {
    }
}
