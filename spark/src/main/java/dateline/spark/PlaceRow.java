package dateline.spark;

import dateline.article.Article;
import dateline.geo.Place;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** The {@code places} table: a place mention geocoded against the gazetteer. */
final class PlaceRow {
    static final StructType SCHEMA = Schemas.of("""
            article_id STRING NOT NULL, date DATE, place_index INT NOT NULL, name STRING, role STRING,
            feature_type STRING, lat DOUBLE NOT NULL, lon DOUBLE NOT NULL, country_iso2 STRING,
            country_iso3 STRING, country_fips STRING, adm1 STRING, geoname_id BIGINT NOT NULL, start INT, end INT,
            text STRING, reason STRING""");

    private PlaceRow() {
    }

    /** The row of place {@code index} of article {@code a}. */
    static Row of(Article a, int index, Place p) {
        return RowFactory.create(a.id(), SpanColumns.sqlDate(a.date()), index, p.name(),
                p.role() == null ? null : p.role().name(), p.featureType() == null ? null : p.featureType().name(),
                p.lat(), p.lon(), p.countryIso2(), p.countryIso3(), p.countryFips(), p.adm1(), p.geonameId(),
                SpanColumns.start(p.span()), SpanColumns.end(p.span()), SpanColumns.text(a, p.span()), p.reason());
    }
}
