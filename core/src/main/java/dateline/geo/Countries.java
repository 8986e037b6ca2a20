package dateline.geo;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import java.util.HashMap;
import java.util.Map;

/**
 * The gazetteer's countries alone, by ISO alpha-3 code (the country part of a CAMEO actor code), each as a
 * country-level {@link Place} at the population-weighted centroid of its cities. Reads only {@code countries.tsv}
 * (a few milliseconds), so an exporter that needs a country's point does not load the whole gazetteer.
 */
public final class Countries {
    private static final String RESOURCE = "dateline/geo/countries.tsv";

    private final Map<String, Place> byIso3;

    private Countries(Map<String, Place> byIso3) {
        this.byIso3 = byIso3;
    }

    /** The countries shipped in Dateline's resources. */
    public static Countries bundled() {
        Map<String, Place> byIso3 = new HashMap<>(300);
        for (TableLine line : TableFile.resource(RESOURCE).lines()) {
            // iso2, iso3, fips, ISO name, common name, official name, lat, lon, population in cities
            String[] f = line.fields(9, "iso2<TAB>iso3<TAB>fips<TAB>ISO name<TAB>name<TAB>official name<TAB>lat<TAB>lon"
                    + "<TAB>population");
            String name = f[4].isEmpty() ? f[3] : f[4];
            String fips = f[2].isEmpty() ? null : f[2];
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(f[6]);
                lon = Double.parseDouble(f[7]);
            } catch (NumberFormatException e) {
                throw line.error("latitude or longitude is no number");
            }
            byIso3.put(f[1], new Place(name, null, Place.Role.MENTIONED, Place.FeatureType.COUNTRY, lat, lon, f[0],
                    f[1], fips, null, 0, "country of the actor code (" + f[1] + ")"));
        }
        return new Countries(Map.copyOf(byIso3));
    }

    /**
     * The country with this ISO 3166 alpha-3 code as a country-level place without a text span, or null for codes
     * that are no country (CAMEO's regional and international codes such as "AFR" or "IGO").
     */
    public Place byIso3(String iso3) {
        return iso3 == null ? null : byIso3.get(iso3);
    }

    /** Number of countries. */
    public int size() {
        return byIso3.size();
    }
}
