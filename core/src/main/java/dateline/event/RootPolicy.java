package dateline.event;

import dateline.cameo.CameoCode;
import java.util.HashMap;
import java.util.Map;

/**
 * Per CAMEO root or code, whether an event needs a target actor. Data, not code: {@code dateline/event/roots.tsv} gives each
 * root (or a more specific code, which wins) with the reason from the codebook.
 */
public final class RootPolicy {
    /** Whether an event may lack a target: always, never, or only when Dateline's own pattern or a frame coded it. */
    enum Target { OPTIONAL, REQUIRED, OWN }

    private final Map<String, Target> target;

    private RootPolicy(Map<String, Target> target) {
        this.target = Map.copyOf(target);
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
        if (code == null) {
            return false;
        }
        for (int n = code.length(); n >= 2; n--) {
            Target t = target.get(code.substring(0, n));
            if (t != null) {
                return t == Target.OPTIONAL || t == Target.OWN && own;
            }
        }
        return false;
    }

    static RootPolicy read(String resource) {
        Map<String, Target> m = new HashMap<>();
        for (EventTable.Row row : EventTable.read(resource)) {
            String[] f = row.fields();
            if (f[0].equals("root")) {
                continue;
            }
            if (f.length < 2 || f[0].length() < 2 || !f[1].matches("optional|required|own")) {
                throw new IllegalStateException(resource + ":" + row.line()
                        + ": expected 'root<TAB>optional|required|own'");
            }
            m.put(f[0], Target.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)));
        }
        return new RootPolicy(m);
    }
}
