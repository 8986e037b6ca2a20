package dateline.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Actor codes by name: "Iran" finds IRN, IRNGOV, ... with the names they were coded from and their event counts,
 * so a user who types a name instead of a CAMEO code gets codes to choose from.
 */
final class ActorNames {
    private final Connection c;

    ActorNames(Connection c) {
        this.c = c;
    }

    /**
     * Codes whose name contains {@code text} or whose code starts with it (case-insensitive), most events
     * first; each with its most frequent name.
     */
    List<Map<String, Object>> lookup(String text, int limit) throws SQLException {
        String sql = "WITH sides AS (SELECT source_code AS code, source_name AS name FROM events "
                + "WHERE num_mentions > 0 AND source_code IS NOT NULL UNION ALL SELECT target_code, target_name "
                + "FROM events WHERE num_mentions > 0 AND target_code IS NOT NULL), "
                + "matched AS (SELECT code, name, count(*) AS n FROM sides WHERE name ILIKE ? ESCAPE '\\' OR code ILIKE ? ESCAPE '\\' "
                + "GROUP BY 1, 2) "
                + "SELECT code, arg_max(name, n) AS name, sum(n) AS events FROM matched GROUP BY 1 "
                + "ORDER BY 3 DESC, 1 LIMIT ?";
        String t = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, "%" + t + "%");
            p.setString(2, t + "%");
            p.setInt(3, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("code", r.getString(1));
                    m.put("name", r.getString(2));
                    m.put("events", r.getLong(3));
                    out.add(m);
                }
            }
        }
        return out;
    }
}
