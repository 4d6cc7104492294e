package dev.clio.console.overview;

/** What an alert linked to the KPI says on its tile: firing, acknowledged or silenced, with a countdown. */
public record TileMark(Kind kind, String text) {

    /** The kinds of marks, each with its icon. */
    public enum Kind {
        FIRING("mdi2b-bell-ring-outline"),
        ACKNOWLEDGED("mdi2a-account-check-outline"),
        SILENCED("mdi2b-bell-off-outline");

        private final String icon;

        Kind(String icon) {
            this.icon = icon;
        }

        public String icon() {
            return icon;
        }
    }
}
