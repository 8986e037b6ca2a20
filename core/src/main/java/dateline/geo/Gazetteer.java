package dateline.geo;

import dateline.knowledge.TableFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable index of place names: countries and first-level subdivisions from ISO 3166 (Debian's iso-codes),
 * populated places from GeoNames (population 5,000 or more, plus all capitals), and hand-written English aliases
 * ("Basra" for GeoNames' "Basrah"). Built by {@code scripts/build-geo-tone.sh}; formats are described in
 * {@code dateline/geo/README.md}. Loading the bundled files takes about half a second.
 */
public final class Gazetteer {
    private static final String BASE = "/dateline/geo/";
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:Al|Ad|Ar|As|An|At|Az|Ash|Adh)[ -]");

    private final Map<String, List<GazetteerEntry>> byName;
    private final Map<String, Country> countries;
    private final Map<String, GazetteerEntry> countryEntries;

    private Gazetteer(Map<String, List<GazetteerEntry>> byName, Map<String, Country> countries,
            Map<String, GazetteerEntry> countryEntries) {
        this.byName = byName;
        this.countries = countries;
        this.countryEntries = countryEntries;
    }

    /** Loads the gazetteer shipped in Dateline's resources. */
    public static Gazetteer bundled() {
        Map<String, List<GazetteerEntry>> byName = new HashMap<>(120_000);
        Map<String, Country> countries = new HashMap<>();
        Map<String, GazetteerEntry> countryEntries = new HashMap<>();
        lines("countries.tsv", f -> {
            Country c = new Country(f[0], f[1], f[2].isEmpty() ? null : f[2], f[3]);
            countries.put(c.iso2(), c);
            GazetteerEntry e = new GazetteerEntry(f[4].isEmpty() ? f[3] : f[4], Place.FeatureType.COUNTRY, f[0], null,
                    "PCLI", Long.parseLong(f[8]), Double.parseDouble(f[6]), Double.parseDouble(f[7]), 0);
            countryEntries.put(c.iso2(), e);
            for (int i = 3; i <= 5; i++) {
                // "Korea, Republic of" style names are never written in running text.
                if (!f[i].isEmpty() && f[i].indexOf(',') < 0) {
                    add(byName, f[i], e);
                }
            }
        });
        lines("admin1.tsv", f -> add(byName, f[3], new GazetteerEntry(f[3], Place.FeatureType.ADMIN1, f[1], f[2],
                "ADM1", 0, Double.parseDouble(f[5]), Double.parseDouble(f[6]), 0)));
        lines("cities.tsv.gz", f -> {
            GazetteerEntry e = new GazetteerEntry(f[1], Place.FeatureType.CITY, f[2], f[3].isEmpty() ? null : f[3],
                    f[4], Long.parseLong(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
                    Long.parseLong(f[0]));
            add(byName, f[1], e);
            // GeoNames writes the Arabic article ("Al Fallūjah", "As Samawah"); English news mostly drops it.
            Matcher m = ARABIC_ARTICLE.matcher(f[1]);
            if (m.lookingAt()) {
                add(byName, f[1].substring(m.end()), e);
            }
        });
        lines("aliases.tsv", f -> {
            List<GazetteerEntry> targets = new ArrayList<>();
            if (f.length < 3 || f[2].isEmpty()) {
                targets.add(countryEntries.get(f[1]));
            } else {
                for (GazetteerEntry e : byName.getOrDefault(PlaceNames.fold(f[2]), List.of())) {
                    if (e.iso2().equals(f[1])) {
                        targets.add(e);
                    }
                }
            }
            if (targets.isEmpty() || targets.contains(null)) {
                throw new IllegalStateException("aliases.tsv: no gazetteer entry for " + String.join(" ", f));
            }
            targets.forEach(t -> add(byName, f[0], t));
        });
        byName.replaceAll((k, v) -> List.copyOf(v));
        return new Gazetteer(Map.copyOf(byName), Map.copyOf(countries), Map.copyOf(countryEntries));
    }

    /** Every place the name may refer to, in no particular order; empty when the name is unknown. */
    public List<GazetteerEntry> lookup(String name) {
        return byName.getOrDefault(PlaceNames.fold(name), List.of());
    }

    /** A country's codes by ISO alpha-2 code, or null. */
    public Country country(String iso2) {
        return countries.get(iso2);
    }

    /** The gazetteer entry of a country, or null. */
    public GazetteerEntry countryEntry(String iso2) {
        return countryEntries.get(iso2);
    }

    /** Number of distinct names indexed. */
    public int size() {
        return byName.size();
    }

    private static void add(Map<String, List<GazetteerEntry>> byName, String name, GazetteerEntry e) {
        List<GazetteerEntry> list = byName.computeIfAbsent(PlaceNames.fold(name), k -> new ArrayList<>(1));
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    /** Each row of a gazetteer file; a row that does not parse is an error at its file and line. */
    private static void lines(String file, Consumer<String[]> row) {
        TableFile.resource(BASE + file).forEach(line -> {
            try {
                row.accept(line.fields());
            } catch (RuntimeException e) {
                throw line.error("malformed row (" + e + ")");
            }
        });
    }
}
