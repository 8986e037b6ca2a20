package dateline.spark;

import dateline.article.Article;
import dateline.export.ActorGeos;
import dateline.geo.Place;
import dateline.pipeline.CodedArticle;
import dateline.record.ActorRecord;
import dateline.record.EventRecord;
import dateline.record.MentionRecord;
import dateline.time.EventDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code events} table: one row per coded event ({@link MentionRecord}), who did what to whom and where. Its
 * evidence (offsets and text of trigger, source, target) is in the {@code mentions} row with the same
 * {@code event_id}. Aggregation across articles (GDELT's NumMentions / NumSources) is left to queries.
 *
 * <p>{@code source_geo_*} and {@code target_geo_*} are where each actor is (GDELT's Actor1Geo and Actor2Geo),
 * found by {@link dateline.geo.ActorLocator} as the store's GDELT export finds them ({@link ActorGeoColumns}).
 *
 * <p>{@code date} is the article's publication date (the table is partitioned by it); {@code event_date} to
 * {@code date_text} say when the event happened ({@link EventDate}): the first and last day, how that was found and
 * the date phrase's offsets and text. GDELT's SQLDATE is {@code event_date}.
 */
final class EventRow {
    static final StructType SCHEMA = Schemas.of("""
            event_id STRING NOT NULL, article_id STRING NOT NULL, date DATE, sentence INT NOT NULL,
            source_code STRING, source_name STRING, source_country STRING, source_role STRING,
            target_code STRING, target_name STRING, target_country STRING, target_role STRING,
            event_code STRING NOT NULL, base_code STRING NOT NULL, root_code STRING NOT NULL,
            quad_class INT NOT NULL, goldstein DOUBLE NOT NULL, plover_category STRING, plover_mode STRING,
            flags STRING, is_root BOOLEAN NOT NULL, place_name STRING, place_feature_type STRING,
            place_country_iso3 STRING, place_country_fips STRING, place_adm1 STRING, place_lat DOUBLE,
            place_lon DOUBLE, place_geoname_id BIGINT, place_reason STRING""",
            ActorGeoColumns.ddl("source"), ActorGeoColumns.ddl("target"), """
            tone DOUBLE, url STRING, source STRING NOT NULL, event_date DATE, event_date_end DATE,
            date_basis STRING NOT NULL, date_evidence_start INT, date_evidence_end INT, date_text STRING""");

    private EventRow() {
    }

    /** The id of the {@code index}-th event of an article: stable across runs, unique across the corpus. */
    static String idOf(String articleId, int index) {
        return articleId + "-" + index;
    }

    /** The row of {@code m}, an event of {@code coded} whose actors are at {@code geos}. */
    static Row of(CodedArticle coded, MentionRecord m, ActorGeos geos) {
        Article a = coded.article();
        EventRecord e = m.event();
        Place p = e.place();
        EventDate d = m.date();
        List<Object> v = new ArrayList<>(SCHEMA.size());
        v.addAll(Arrays.asList(idOf(a.id(), m.mention()), a.id(), SpanColumns.sqlDate(a.date()), m.sentence()));
        v.addAll(actor(e.source()));
        v.addAll(actor(e.target()));
        v.addAll(Arrays.asList(e.code(), e.baseCode(), e.rootCode(), e.quadClass(), e.goldstein(),
                e.ploverCategory(), e.ploverMode(), m.flags().field(), e.isRoot()));
        v.addAll(p == null ? Arrays.asList(new Object[8]) : Arrays.asList(p.name(), p.featureType().name(),
                p.countryIso3(), p.countryFips(), p.adm1(), p.lat(), p.lon(), p.geonameId()));
        v.add(m.placeReason());
        v.addAll(ActorGeoColumns.values(geos.actor1()));
        v.addAll(ActorGeoColumns.values(geos.actor2()));
        v.addAll(Arrays.asList(coded.tone() == null ? null : coded.tone().tone(), a.url(), a.source(),
                SpanColumns.sqlDate(d.start()), SpanColumns.sqlDate(d.end()), d.basis().name(),
                SpanColumns.start(d.evidence()), SpanColumns.end(d.evidence()), d.text()));
        return RowFactory.create(v.toArray());
    }

    private static List<Object> actor(ActorRecord x) {
        return x == null ? Arrays.asList(new Object[4]) : Arrays.asList(x.code(), x.name(), x.country(), x.role());
    }
}
