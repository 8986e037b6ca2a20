package dateline.spark;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.event.Event;
import dateline.export.ActorGeos;
import dateline.geo.Place;
import dateline.pipeline.CodedArticle;
import dateline.time.EventDate;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One row of the {@code events} table: a coded event (who did what to whom, where), one per core {@link Event}.
 * Its evidence (offsets and text of trigger, source, target) is in the {@code mentions} row with the same
 * {@code event_id}. Aggregation across articles (GDELT's NumMentions / NumSources) is left to queries.
 *
 * <p>{@code sourceGeo} and {@code targetGeo} are where each actor is (GDELT's Actor1Geo and Actor2Geo), found by
 * {@link dateline.geo.ActorLocator} from the article text, the actor's spans and country and the geocoded places:
 * the same rules, hence the same values, as the store's GDELT export.
 *
 * <p>{@code date} is the article's publication date (the table is partitioned by it); {@code eventDate} to
 * {@code dateEvidenceEnd} say when the event happened ({@link dateline.time.EventDate}): the first and last day,
 * how that was found and the date phrase's offsets and text. GDELT's SQLDATE is {@code eventDate}.
 */
public record EventRow(String eventId, String articleId, LocalDate date, int sentence, String sourceCode,
        String sourceName, String sourceCountry, String sourceRole, String targetCode, String targetName,
        String targetCountry, String targetRole, String eventCode, String baseCode, String rootCode, int quadClass,
        double goldstein, String ploverCategory, String ploverMode, String flags, boolean isRoot, String placeName,
        String placeFeatureType, String placeCountryIso3, String placeCountryFips, String placeAdm1, Double placeLat,
        Double placeLon, Long placeGeonameId, String placeReason, ActorGeoColumns sourceGeo,
        ActorGeoColumns targetGeo, Double tone, String url, String source, LocalDate eventDate,
        LocalDate eventDateEnd, String dateBasis, Integer dateEvidenceStart, Integer dateEvidenceEnd, String dateText)
        implements Serializable {

    public static final StructType SCHEMA = schema();

    private static StructType schema() {
        StructType s = new StructType()
                .add("event_id", DataTypes.StringType, false)
                .add("article_id", DataTypes.StringType, false)
                .add("date", DataTypes.DateType, true)
                .add("sentence", DataTypes.IntegerType, false)
                .add("source_code", DataTypes.StringType, true)
                .add("source_name", DataTypes.StringType, true)
                .add("source_country", DataTypes.StringType, true)
                .add("source_role", DataTypes.StringType, true)
                .add("target_code", DataTypes.StringType, true)
                .add("target_name", DataTypes.StringType, true)
                .add("target_country", DataTypes.StringType, true)
                .add("target_role", DataTypes.StringType, true)
                .add("event_code", DataTypes.StringType, false)
                .add("base_code", DataTypes.StringType, false)
                .add("root_code", DataTypes.StringType, false)
                .add("quad_class", DataTypes.IntegerType, false)
                .add("goldstein", DataTypes.DoubleType, false)
                .add("plover_category", DataTypes.StringType, true)
                .add("plover_mode", DataTypes.StringType, true)
                .add("flags", DataTypes.StringType, true)
                .add("is_root", DataTypes.BooleanType, false)
                .add("place_name", DataTypes.StringType, true)
                .add("place_feature_type", DataTypes.StringType, true)
                .add("place_country_iso3", DataTypes.StringType, true)
                .add("place_country_fips", DataTypes.StringType, true)
                .add("place_adm1", DataTypes.StringType, true)
                .add("place_lat", DataTypes.DoubleType, true)
                .add("place_lon", DataTypes.DoubleType, true)
                .add("place_geoname_id", DataTypes.LongType, true)
                .add("place_reason", DataTypes.StringType, true);
        s = ActorGeoColumns.addTo(s, "source");
        s = ActorGeoColumns.addTo(s, "target");
        return s.add("tone", DataTypes.DoubleType, true)
                .add("url", DataTypes.StringType, true)
                .add("source", DataTypes.StringType, false)
                .add("event_date", DataTypes.DateType, true)
                .add("event_date_end", DataTypes.DateType, true)
                .add("date_basis", DataTypes.StringType, false)
                .add("date_evidence_start", DataTypes.IntegerType, true)
                .add("date_evidence_end", DataTypes.IntegerType, true)
                .add("date_text", DataTypes.StringType, true);
    }

    /** The id of the {@code index}-th event of an article: stable across runs, unique across the corpus. */
    public static String idOf(String articleId, int index) {
        return articleId + "-" + index;
    }

    public static EventRow of(CodedArticle coded, int index) {
        Article a = coded.article();
        Event e = coded.events().get(index);
        Actor s = e.source();
        Actor t = e.target();
        Place p = e.place();
        String code = e.code();
        ActorGeos geos = ActorGeos.of(ExecutorLocator.get(), coded, e);
        EventDate d = coded.dateOf(index);
        return new EventRow(idOf(a.id(), index), a.id(), a.date(), e.sentence(),
                s == null ? null : s.code(), s == null ? null : s.name(), s == null ? null : s.country(),
                s == null ? null : s.role(),
                t == null ? null : t.code(), t == null ? null : t.name(), t == null ? null : t.country(),
                t == null ? null : t.role(),
                code, code.length() > 3 ? code.substring(0, 3) : code, e.rootCode(), e.quadClass(), e.goldstein(),
                e.ploverCategory(), e.ploverMode(),
                e.flags().isEmpty() ? null
                        : e.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                e.isRoot(),
                p == null ? null : p.name(), p == null ? null : p.featureType().name(),
                p == null ? null : p.countryIso3(), p == null ? null : p.countryFips(), p == null ? null : p.adm1(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.geonameId(),
                e.placeReason(), ActorGeoColumns.of(geos.actor1()), ActorGeoColumns.of(geos.actor2()),
                coded.tone() == null ? null : coded.tone().tone(), a.url(), a.source(), d.start(), d.end(),
                d.basis().name(), SpanColumns.start(d.evidence()), SpanColumns.end(d.evidence()), d.text());
    }

    public Row toRow() {
        List<Object> v = new ArrayList<>(SCHEMA.size());
        v.addAll(List.of(eventId, articleId));
        v.add(SpanColumns.sqlDate(date));
        v.addAll(Arrays.asList(sentence, sourceCode, sourceName, sourceCountry, sourceRole, targetCode, targetName,
                targetCountry, targetRole, eventCode, baseCode, rootCode, quadClass, goldstein, ploverCategory,
                ploverMode, flags, isRoot, placeName, placeFeatureType, placeCountryIso3, placeCountryFips,
                placeAdm1, placeLat, placeLon, placeGeonameId, placeReason));
        v.addAll(sourceGeo.values());
        v.addAll(targetGeo.values());
        v.addAll(Arrays.asList(tone, url, source));
        v.add(SpanColumns.sqlDate(eventDate));
        v.add(SpanColumns.sqlDate(eventDateEnd));
        v.addAll(Arrays.asList(dateBasis, dateEvidenceStart, dateEvidenceEnd, dateText));
        return RowFactory.create(v.toArray());
    }
}
