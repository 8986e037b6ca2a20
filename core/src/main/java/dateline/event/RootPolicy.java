package dateline.event;

import dateline.cameo.CameoCode;
import java.util.HashMap;
import java.util.Map;

/**
 * Per CAMEO root or code, which actors an event may lack: whether it needs a target actor, and whether an agentless
 * passive is coded with no source ({@link AgentlessPassive}). Data, not code: {@code dateline/event/roots.tsv} gives
 * each root (or a more specific code, which wins) with the reason from the codebook.
 */
public final class RootPolicy {
    /** Whether an event may lack a target: always, never, or only when Dateline's own pattern or a frame coded it. */
    enum Target { OPTIONAL, REQUIRED, OWN }

    /** One row of the table: the target policy and whether the source may be unnamed. */
    private record Row(Target target, boolean unnamedSource) {
    }

    private final Map<String, Row> rows;

    private RootPolicy(Map<String, Row> rows) {
        this.rows = Map.copyOf(rows);
    }

    /** The bundled policy. */
    public static RootPolicy bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final RootPolicy BUNDLED = read("roots.tsv");
    }

    /**
     * Whether an event of {@code code} is coded when the sentence names no target actor; {@code own} tells whether
     * Dateline's own patterns or frames coded it (some roots allow no target only then).
     */
    public boolean targetOptional(String code, boolean own) {
        Row r = row(code);
        return r != null && (r.target() == Target.OPTIONAL || r.target() == Target.OWN && own);
    }

    /**
     * Whether an event of {@code code} may be coded with an unnamed source: an agentless passive ("two journalists
     * were arrested") of an act done to someone.
     */
    public boolean sourceOptional(String code) {
        Row r = row(code);
        return r != null && r.unnamedSource();
    }

    /** The row of the longest prefix of {@code code} that the table names, or null. */
    private Row row(String code) {
        if (code == null) {
            return null;
        }
        for (int n = code.length(); n >= 2; n--) {
            Row r = rows.get(code.substring(0, n));
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    static RootPolicy read(String resource) {
        Map<String, Row> m = new HashMap<>();
        for (EventTable.Row row : EventTable.read(resource)) {
            String[] f = row.fields();
            if (f[0].equals("root")) {
                continue;
            }
            if (f.length < 3 || f[0].length() < 2 || !f[1].matches("optional|required|own")
                    || !f[2].matches("named|unnamed")) {
                throw new IllegalStateException(resource + ":" + row.line()
                        + ": expected 'root<TAB>optional|required|own<TAB>named|unnamed'");
            }
            m.put(f[0], new Row(Target.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)), f[2].equals("unnamed")));
        }
        return new RootPolicy(m);
    }
}
