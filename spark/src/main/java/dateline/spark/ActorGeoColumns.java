package dateline.spark;

import dateline.export.GdeltGeo;
import dateline.geo.ActorLocator.Located;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Where one actor of an event is, as columns of the {@code events} table: GDELT's Actor1Geo or Actor2Geo group
 * (the values of {@link GdeltGeo}, so the GDELT lines match {@code dateline export --format gdelt-events}) plus
 * the rule that placed the actor and its evidence, which the store's export puts in the Mentions Extras.
 *
 * @param type        GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state, 0 none
 * @param name        place name, or null
 * @param countryFips FIPS 10-4 country code, or null
 * @param adm1        FIPS country + ADM1 code (the FIPS country code for type 1), or null
 * @param adm2        ADM2 code: not coded, null
 * @param lat         latitude, or null
 * @param lon         longitude, or null
 * @param featureId   GeoNames id, or the ADM1 / country code for subdivisions and countries, or null
 * @param rule        the {@code ActorLocator.Rule} that placed the actor, or null when none did
 * @param evidence    what in the text supports it, or null
 */
public record ActorGeoColumns(int type, String name, String countryFips, String adm1, String adm2, Double lat, Double lon,
        String featureId, String rule, String evidence) implements Serializable {

    /** The columns for a located actor, or the empty group (type 0) for null. */
    static ActorGeoColumns of(Located located) {
        GdeltGeo g = GdeltGeo.of(located == null ? null : located.place());
        return new ActorGeoColumns(g.type(), g.fullName(), g.countryCode(), g.adm1Code(), g.adm2Code(), g.lat(),
                g.lon(), g.featureId(), located == null ? null : located.rule().name(),
                located == null ? null : located.evidence());
    }

    /** The GDELT column group these columns hold. */
    GdeltGeo gdelt() {
        return new GdeltGeo(type, name, countryFips, adm1, adm2, lat, lon, featureId);
    }

    /** {@code schema} with this group's columns, named {@code PREFIX_geo_type} and so on, in {@link #values} order. */
    static StructType addTo(StructType schema, String prefix) {
        String p = prefix + "_geo_";
        return schema.add(p + "type", DataTypes.IntegerType, false)
                .add(p + "name", DataTypes.StringType, true)
                .add(p + "country_fips", DataTypes.StringType, true)
                .add(p + "adm1", DataTypes.StringType, true)
                .add(p + "adm2", DataTypes.StringType, true)
                .add(p + "lat", DataTypes.DoubleType, true)
                .add(p + "lon", DataTypes.DoubleType, true)
                .add(p + "feature_id", DataTypes.StringType, true)
                .add(p + "rule", DataTypes.StringType, true)
                .add(p + "evidence", DataTypes.StringType, true);
    }

    /** The column values in schema order. */
    List<Object> values() {
        return Arrays.asList(type, name, countryFips, adm1, adm2, lat, lon, featureId, rule, evidence);
    }
}
