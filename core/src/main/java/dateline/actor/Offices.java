package dateline.actor;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The offices whose holders a title can refer to ("the President", "Iraq's foreign minister"): each office with
 * the phrases that name it, from {@code offices.tsv} ({@code office TAB phrase; phrase; ...}).
 */
public final class Offices {
    private final Map<String, String> byPhrase;

    private Offices(Map<String, String> byPhrase) {
        this.byPhrase = Map.copyOf(byPhrase);
    }

    /** The bundled table. */
    public static Offices bundled() {
        return read(TableFile.resource("dateline/actor/offices.tsv"));
    }

    /** Reads an offices table; a malformed line is a {@link DictionaryFormatException} naming file and line. */
    static Offices read(TableFile file) {
        Map<String, String> map = new HashMap<>();
        for (TableLine line : file.lines()) {
            String[] f = line.fields();
            if (f.length != 2 || f[0].isBlank()) {
                throw bad(line, "expected 'office<TAB>phrase; phrase; ...'");
            }
            String office = key(f[0]);
            map.put(office, office);
            for (String p : f[1].split(";")) {
                if (p.isBlank()) {
                    throw bad(line, "empty phrase");
                }
                String k = key(p);
                String before = map.put(k, office);
                if (before != null && !before.equals(office)) {
                    throw bad(line, "'" + p.strip() + "' already names " + before);
                }
            }
        }
        return new Offices(map);
    }

    private static DictionaryFormatException bad(TableLine line, String what) {
        return new DictionaryFormatException(line.file(), line.number(), what);
    }

    /** The office a phrase names ("Prime Minister", "premier" → "prime minister"), or null. */
    public String officeOf(String phrase) {
        return phrase == null ? null : byPhrase.get(key(phrase));
    }

    /** The office of a role title such as "President of Iran" (the part before " of "), or null. */
    public String officeOfTitle(String title) {
        if (title == null) {
            return null;
        }
        String o = officeOf(title);
        if (o != null) {
            return o;
        }
        // "Secretary of State of the United States": try the longest prefix before an " of " first.
        for (int of = title.lastIndexOf(" of "); of > 0; of = title.lastIndexOf(" of ", of - 1)) {
            o = officeOf(title.substring(0, of));
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private static String key(String phrase) {
        List<String> w = NameKeys.words(phrase);
        return String.join(" ", w);
    }
}
