package dateline.article;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table of news agencies ({@code agencies.tsv}): resolves a dateline's agency code ("IP", "AP", "Reuters")
 * or name to an {@link Agency}. Immutable once loaded.
 */
public final class Agencies {
    private final Map<String, Agency> byCode;
    private final Map<String, Agency> byName;

    private Agencies(Map<String, Agency> byCode, Map<String, Agency> byName) {
        this.byCode = Map.copyOf(byCode);
        this.byName = Map.copyOf(byName);
    }

    /** The agencies bundled with Dateline. */
    public static Agencies bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final Agencies BUNDLED = load();
    }

    private static Agencies load() {
        Map<String, Agency> byCode = new HashMap<>();
        Map<String, Agency> byName = new HashMap<>();
        boolean header = true;
        for (TableLine line : TableFile.resource("dateline/article/agencies.tsv").lines()) {
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.fields();
            if (f.length != 4) {
                throw line.error("expected 4 columns, got " + f.length);
            }
            Agency agency = new Agency(f[0], f[1], f[3]);
            byCode.put(f[0], agency);
            byName.put(f[1].toLowerCase(Locale.ROOT), agency);
            for (String alias : f[2].split(",")) {
                if (!alias.isBlank()) {
                    byName.putIfAbsent(alias.strip().toLowerCase(Locale.ROOT), agency);
                }
            }
        }
        return new Agencies(byCode, byName);
    }

    /** Finds an agency by its code (case-sensitive first, then case-insensitive) or by one of its names. */
    public Optional<Agency> find(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String key = codeOrName.strip();
        Agency a = byCode.get(key);
        if (a == null) {
            a = byName.get(key.toLowerCase(Locale.ROOT));
        }
        if (a == null) {
            for (Agency candidate : byCode.values()) {
                if (candidate.code().equalsIgnoreCase(key)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.ofNullable(a);
    }
}
