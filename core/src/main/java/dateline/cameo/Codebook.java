package dateline.cameo;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The CAMEO event codebook: every code with its name, Goldstein weight, quad class and PLOVER crosswalk, and every
 * root with its groupings ({@link CameoRoot}).
 *
 * <p>Loaded once from {@code dateline/cameo/codebook.tsv} (codes) and {@code roots.tsv} (quad class, PentaClass
 * and the coder's groupings by root, versioned); immutable and thread-safe.
 */
public final class Codebook {
    private static final String CODES = "dateline/cameo/codebook.tsv";
    private static final String ROOTS = "dateline/cameo/roots.tsv";

    private final Map<String, CameoCode> codes;
    private final int quadVersion;
    private final Map<String, CameoRoot> roots;

    private Codebook(Map<String, CameoCode> codes, int quadVersion, Map<String, CameoRoot> roots) {
        this.codes = Collections.unmodifiableMap(codes);
        this.quadVersion = quadVersion;
        this.roots = Map.copyOf(roots);
    }
    /** The codebook shipped with Dateline. */
    public static Codebook bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final Codebook BUNDLED = load();
    }

    /** The code, if it is in the codebook. */
    public Optional<CameoCode> get(String code) {
        return Optional.ofNullable(code == null ? null : codes.get(code));
    }

    /** Whether {@code code} is a known CAMEO code. */
    public boolean contains(String code) {
        return code != null && codes.containsKey(code);
    }

    /** Every code, in codebook order. */
    public Collection<CameoCode> all() {
        return codes.values();
    }

    /** The version of the quad-class table the quad classes come from. */
    public int quadClassVersion() {
        return quadVersion;
    }

    /**
     * The PentaClass of a code's root, as the Phoenix data sets and ConfliBERT label events: 0 statements and
     * appeals (roots 01-02), 1 verbal cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict
     * (09-13), 4 material conflict (14-20); empty for a code whose root is not in the table.
     */
    public OptionalInt pentaClass(String code) {
        return root(code).map(r -> OptionalInt.of(r.pentaClass())).orElse(OptionalInt.empty());
    }

    /**
     * The root of a code ("1053" gives root 10) with its groupings; empty for null, a code shorter than two
     * characters, or one whose first two characters are no CAMEO root ("---", "99").
     */
    public Optional<CameoRoot> root(String code) {
        return Optional.ofNullable(code == null || code.length() < 2 ? null : roots.get(CameoCode.rootOf(code)));
    }

    private static Codebook load() {
        Map<String, CameoRoot> roots = new HashMap<>();
        int version = 0;
        for (TableLine line : TableFile.resource(ROOTS).lines()) {
            String[] f = line.fields(2, "version<TAB>N");
            if (f[0].equals("version")) {
                version = integer(line, f[1]);
            } else if (!f[0].equals("root")) {
                roots.put(f[0], root(line));
            }
        }
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (TableLine line : TableFile.resource(CODES).lines()) {
            String[] row = line.fields(3, "code<TAB>name<TAB>goldstein[<TAB>plover category, mode, context]");
            if (row[0].equals("code")) {
                continue;
            }
            String code = row[0];
            CameoRoot root = code.length() < 2 ? null : roots.get(CameoCode.rootOf(code));
            if (root == null) {
                throw line.error("code " + code + " has no root in " + ROOTS);
            }
            double goldstein;
            try {
                goldstein = Double.parseDouble(row[2]);
            } catch (NumberFormatException e) {
                throw line.error("Goldstein weight '" + row[2] + "' is no number");
            }
            codes.put(code, new CameoCode(code, row[1], goldstein, root.quadClass(), blank(row, 3),
                    blank(row, 4), blank(row, 5)));
        }
        return new Codebook(codes, version, roots);
    }

    private static CameoRoot root(TableLine line) {
        String[] f = line.fields(9, "root<TAB>quad<TAB>label<TAB>penta<TAB>mutual<TAB>owner_target<TAB>future"
                + "<TAB>future_negated<TAB>acts_on_place");
        if (!f[0].matches("\\d{2}")) {
            throw line.error("root '" + f[0] + "' is not two digits");
        }
        return new CameoRoot(f[0], integer(line, f[1]), f[2], integer(line, f[3]), yes(line, f[4]),
                yes(line, f[5]), f[6].equals("-") ? null : rootCode(line, f[6]), f[7].equals("-") ? null : rootCode(line, f[7]),
                yes(line, f[8]));
    }

    private static String rootCode(TableLine line, String s) {
        if (!s.matches("\\d{2}")) {
            throw line.error("'" + s + "' is no two-digit root");
        }
        return s;
    }

    private static int integer(TableLine line, String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw line.error("'" + s + "' is no whole number");
        }
    }

    private static boolean yes(TableLine line, String s) {
        return switch (s) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw line.error("expected yes or no, found '" + s + "'");
        };
    }

    private static String blank(String[] row, int i) {
        return i < row.length && !row[i].isBlank() ? row[i] : null;
    }
}
