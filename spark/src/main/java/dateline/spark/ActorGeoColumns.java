package dateline.spark;

import dateline.export.GdeltGeo;
import dateline.geo.ActorLocator.Located;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one actor of an event is, as columns of the {@code events} table: GDELT's Actor1Geo or Actor2Geo group
 * (the values of {@link GdeltGeo}, so the GDELT lines match {@code dateline export --format gdelt-events}) plus
 * the rule that placed the actor and its evidence, which the store's export puts in the Mentions Extras: type (0
 * none, 1 country, 2 US state, 3 US city, 4 world city, 5 world state), name, FIPS country, ADM1, ADM2 (not
 * coded), latitude, longitude, feature id, the {@code ActorLocator.Rule} and its evidence.
 */
final class ActorGeoColumns {
    private ActorGeoColumns() {
    }

    /** The column values of a located actor, in {@link #addTo} order; the empty group (type 0) for null. */
    static List<Object> values(Located located) {
        List<Object> v = new ArrayList<>(GdeltGeo.of(located == null ? null : located.place()).values());
        v.add(located == null ? null : located.rule().name());
        v.add(located == null ? null : located.evidence());
        return v;
    }

    /** The DDL of this group's columns, named {@code PREFIX_geo_type} and so on, in {@link #values} order. */
    static String ddl(String prefix) {
        String p = prefix + "_geo_";
        return p + "type INT NOT NULL, " + p + "name STRING, " + p + "country_fips STRING, " + p + "adm1 STRING, "
                + p + "adm2 STRING, " + p + "lat DOUBLE, " + p + "lon DOUBLE, " + p + "feature_id STRING, " + p
                + "rule STRING, " + p + "evidence STRING";
    }
}
