package dev.clio.console.overview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Groups tiles in the runbook's tables: System Health, Business, Security, then any table an override adds. */
final class Sections {

    private static final Map<String, String> TITLES = titles();

    private Sections() {
    }

    static List<TileSection> group(Collection<KpiTile> tiles) {
        Map<String, List<KpiTile>> byTable = new LinkedHashMap<>();
        TITLES.keySet().forEach(t -> byTable.put(t, new ArrayList<>()));
        for (KpiTile tile : tiles) {
            String table = tile.table() == null ? "other" : tile.table().toLowerCase(Locale.ROOT);
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(tile);
        }
        List<TileSection> out = new ArrayList<>();
        byTable.forEach((table, list) -> {
            if (!list.isEmpty()) {
                out.add(new TileSection(TITLES.getOrDefault(table, title(table)), list));
            }
        });
        return out;
    }

    private static String title(String table) {
        return table.isEmpty() ? table : Character.toUpperCase(table.charAt(0)) + table.substring(1);
    }

    private static Map<String, String> titles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("system", "System Health");
        m.put("business", "Business");
        m.put("security", "Security");
        return m;
    }
}
