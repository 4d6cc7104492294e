package dev.clio.console.overview;

import java.util.List;

/** One of the runbook's KPI tables (System Health, Business, Security) and its tiles in catalog order. */
public record TileSection(String title, List<KpiTile> tiles) {

    public TileSection {
        tiles = List.copyOf(tiles);
    }
}
