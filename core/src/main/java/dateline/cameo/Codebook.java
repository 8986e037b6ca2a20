package dateline.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The CAMEO event codebook: every code with its name, Goldstein weight, quad class and PLOVER crosswalk.
 *
 * <p>Loaded once from {@code dateline/cameo/codebook.tsv} (codes) and {@code quad-classes.tsv} (quad class and
 * PentaClass by root, versioned); immutable and thread-safe.
 */
public final class Codebook {
    private final Map<String, CameoCode> codes;
    private final int quadVersion;
    private final Map<String, Integer> pentaClasses;

    private Codebook(Map<String, CameoCode> codes, int quadVersion, Map<String, Integer> pentaClasses) {
        this.codes = Collections.unmodifiableMap(codes);
        this.quadVersion = quadVersion;
        this.pentaClasses = Map.copyOf(pentaClasses);
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
        Integer p = code == null || code.length() < 2 ? null : pentaClasses.get(CameoCode.rootOf(code));
        return p == null ? OptionalInt.empty() : OptionalInt.of(p);
    }

    private static Codebook load() {
        Map<String, Integer> quads = new HashMap<>();
        Map<String, Integer> pentas = new HashMap<>();
        int version = 0;
        for (String[] row : rows("quad-classes.tsv")) {
            if (row[0].equals("version")) {
                version = Integer.parseInt(row[1]);
            } else if (!row[0].equals("root")) {
                quads.put(row[0], Integer.parseInt(row[1]));
                if (row.length < 4 || row[3].isBlank()) {
                    throw new IllegalStateException("quad-classes.tsv: root " + row[0] + " has no penta class");
                }
                pentas.put(row[0], Integer.parseInt(row[3]));
            }
        }
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (String[] row : rows("codebook.tsv")) {
            if (row[0].equals("code")) {
                continue;
            }
            String code = row[0];
            Integer quad = quads.get(CameoCode.rootOf(code));
            if (quad == null) {
                throw new IllegalStateException("codebook.tsv: code " + code + " has no quad class for its root");
            }
            codes.put(code, new CameoCode(code, row[1], Double.parseDouble(row[2]), quad, blank(row, 3),
                    blank(row, 4), blank(row, 5)));
        }
        return new Codebook(codes, version, pentas);
    }

    private static String blank(String[] row, int i) {
        return i < row.length && !row[i].isBlank() ? row[i] : null;
    }

    private static java.util.List<String[]> rows(String file) {
        String path = "/dateline/cameo/" + file;
        try (InputStream in = Codebook.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            java.util.List<String[]> out = new java.util.ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
