package dateline.export;

import dateline.cameo.CameoCode;
import dateline.cameo.Codebook;
import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PLOVER {@code context} labels of an event, by two rules, each label with its evidence:
 * <ol>
 *   <li>the CAMEO code's context in the CAMEO2PLOVER-2021 crosswalk (1053 "Demand release of persons or
 *       property": legal), as carried by the codebook;</li>
 *   <li>a sector code of either actor listed in {@code plover-context-sectors.tsv} (IRNMIL: military; BUS:
 *       economic), using only labels of the crosswalk's own vocabulary.</li>
 * </ol>
 * Labels the crosswalk has no code for (PLOVER's later "pandemic", "cyber", ...) are never given: nothing in a
 * CAMEO code or actor code says them.
 */
public final class PloverContexts {
    private static final String RESOURCE = "plover-context-sectors.tsv";

    private final Codebook codebook;
    private final Map<String, String> bySector;

    public PloverContexts(Codebook codebook, Map<String, String> bySector) {
        this.codebook = codebook;
        this.bySector = Map.copyOf(bySector);
    }

    /** Over the bundled codebook and sector table. */
    public static PloverContexts bundled() {
        return new PloverContexts(Codebook.bundled(), loadSectors());
    }

    /**
     * One context label and why it was given.
     *
     * @param label    the PLOVER context ("military")
     * @param evidence the rule and what fired it ("CAMEO 0871 in CAMEO2PLOVER-2021", "actor USAMIL sector MIL")
     */
    public record Context(String label, String evidence) {
    }

    /** The sector table: sector code to context label. */
    public Map<String, String> sectors() {
        return bySector;
    }

    /**
     * The contexts of an event, crosswalk labels first, each label once (with its first evidence).
     *
     * @param cameoCode     the event code
     * @param sourceCode    source actor code, or null
     * @param sourceCountry its country part, or null
     * @param targetCode    target actor code, or null
     * @param targetCountry its country part, or null
     */
    public List<Context> of(String cameoCode, String sourceCode, String sourceCountry, String targetCode,
            String targetCountry) {
        Map<String, String> out = new LinkedHashMap<>();
        String crosswalk = codebook.get(cameoCode).map(CameoCode::ploverContext).orElse(null);
        if (crosswalk != null) {
            for (String label : crosswalk.split(",")) {
                if (!label.isBlank()) {
                    out.putIfAbsent(label.strip(), "CAMEO " + cameoCode + " in CAMEO2PLOVER-2021");
                }
            }
        }
        sectorContexts(out, sourceCode, sourceCountry);
        sectorContexts(out, targetCode, targetCountry);
        List<Context> list = new ArrayList<>(out.size());
        out.forEach((label, why) -> list.add(new Context(label, why)));
        return List.copyOf(list);
    }

    private void sectorContexts(Map<String, String> out, String code, String country) {
        for (String sector : sectors(code, country)) {
            String label = bySector.get(sector);
            if (label != null) {
                out.putIfAbsent(label, "actor " + code + " sector " + sector);
            }
        }
    }

    /** The three-letter sector codes after the country part of an actor code (IRNGOVMIL: GOV, MIL). */
    static List<String> sectors(String code, String country) {
        if (code == null) {
            return List.of();
        }
        String rest = country != null && code.startsWith(country) ? code.substring(country.length()) : code;
        List<String> out = new ArrayList<>(3);
        for (int i = 0; i + 3 <= rest.length(); i += 3) {
            out.add(rest.substring(i, i + 3));
        }
        return out;
    }

    private static Map<String, String> loadSectors() {
        Map<String, String> m = new HashMap<>();
        for (TableLine row : TableFile.resource("dateline/export/" + RESOURCE).lines()) {
            String[] f = row.fields();
            if (f.length != 3 || f[0].length() != 3) {
                throw row.error("expected sector, label, why");
            }
            m.put(f[0], f[1]);
        }
        return m;
    }
}
