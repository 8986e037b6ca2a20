package dateline.spark;

import dateline.article.Article;
import dateline.geo.Place;
import dateline.pipeline.CodedArticle;
import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** One row of the {@code places} table: a place mention geocoded against the gazetteer. */
public record PlaceRow(String articleId, LocalDate date, int placeIndex, String name, String role,
        String featureType, double lat, double lon, String countryIso2, String countryIso3, String countryFips,
        String adm1, long geonameId, Integer start, Integer end, String text, String reason) implements Serializable {

    public static final StructType SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("date", DataTypes.DateType, true)
            .add("place_index", DataTypes.IntegerType, false)
            .add("name", DataTypes.StringType, true)
            .add("role", DataTypes.StringType, true)
            .add("feature_type", DataTypes.StringType, true)
            .add("lat", DataTypes.DoubleType, false)
            .add("lon", DataTypes.DoubleType, false)
            .add("country_iso2", DataTypes.StringType, true)
            .add("country_iso3", DataTypes.StringType, true)
            .add("country_fips", DataTypes.StringType, true)
            .add("adm1", DataTypes.StringType, true)
            .add("geoname_id", DataTypes.LongType, false)
            .add("start", DataTypes.IntegerType, true)
            .add("end", DataTypes.IntegerType, true)
            .add("text", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true);

    public static PlaceRow of(CodedArticle coded, int index) {
        Article a = coded.article();
        Place p = coded.places().get(index);
        return new PlaceRow(a.id(), a.date(), index, p.name(), p.role() == null ? null : p.role().name(),
                p.featureType() == null ? null : p.featureType().name(), p.lat(), p.lon(), p.countryIso2(),
                p.countryIso3(), p.countryFips(), p.adm1(), p.geonameId(), SpanColumns.start(p.span()),
                SpanColumns.end(p.span()), SpanColumns.text(a, p.span()), p.reason());
    }

    public Row toRow() {
        return RowFactory.create(articleId, SpanColumns.sqlDate(date), placeIndex, name, role, featureType, lat, lon,
                countryIso2, countryIso3, countryFips, adm1, geonameId, start, end, text, reason);
    }
}
