package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.actor.Actor;
import dateline.article.Article;
import dateline.event.Event;
import dateline.geo.Place;
import dateline.pipeline.CodedArticle;
import dateline.view.CodedArticleView;
import dateline.view.SharedFacts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored article reads back as the view of the coded article it was written from. */
class ArticleReadsTest {
    @TempDir
    Path dir;

    @Test
    void aStoredArticleReadsBackAsItsCodedView() throws Exception {
        String text = "OSLO (Nordic Wire) - " + Fixtures.TALKS;
        Article a = Fixtures.article("oslo.txt", "Nordic Wire", null, LocalDate.of(2021, 3, 8), "Talks", text);
        Actor nor = Fixtures.actor(a, "NORGOV", "Norway foreign minister", "foreign minister of Norway");
        Actor swe = Fixtures.actor(a, "SWEGOV", "Swedish trade envoy", "Swedish trade envoy");
        Place oslo = Fixtures.place("Oslo", "NOR", "NO", 3143244);
        // The negated event comes first: counted in no event row, it must still keep its place in the list.
        CodedArticle coded = Fixtures.coded(a, List.of(
                Fixtures.event(a, swe, nor, "111", 3, -2.0, "closed", null, Event.Flag.NEGATED, Event.Flag.REPORTED),
                Fixtures.event(a, nor, swe, "042", 1, 1.9, "met", oslo),
                Fixtures.event(a, nor, null, "057", 1, 8.0, "agreed", null),
                // Agentless: "the damaged bridge ... is repaired".
                Fixtures.event(a, null, null, "073", 2, 7.4, "repaired", null)), 1.5);
        try (Store s = Store.open(dir)) {
            new StoreWriter(s, false).write(List.of(coded));
            CodedArticleView stored = new ArticleReads(s).article(a.id());

            JsonNode fresh = SharedFacts.shared(SharedFacts.json(CodedArticleView.of("oslo.txt", coded)));
            JsonNode back = SharedFacts.shared(SharedFacts.json(stored));
            fresh.fieldNames().forEachRemaining(f -> assertThat(back.get(f)).as(f).isEqualTo(fresh.get(f)));
            assertThat(back.size()).isEqualTo(fresh.size());

            assertThat(stored.article().boilerplate()).singleElement()
                    .satisfies(b -> assertThat(b.text()).isEqualTo("OSLO (Nordic Wire) - "));
            assertThat(stored.events()).extracting(e -> e.code()).containsExactly("111", "042", "057", "073");
            assertThat(stored.events().get(3).source()).isNull();
            assertThat(stored.events().get(0).eventId()).isNull();
            assertThat(stored.events().get(0).flags()).containsExactly("NEGATED", "REPORTED");
            assertThat(stored.events().get(1).eventId()).isNotNull();
            assertThat(stored.events().get(1).place().name()).isEqualTo("Oslo");
            assertThat(stored.article().stored().sourceName()).isEqualTo("Nordic Wire");
            assertThat(new ArticleReads(s).article("no-such-article")).isNull();
        }
    }

    @Test
    void anArticleStoredBeforeVersion5StillReadsBack() throws Exception {
        try (java.sql.Connection c = Store.connect(dir, false); java.sql.Statement s = c.createStatement()) {
            for (int v = 1; v <= 4; v++) {
                for (String sql : Migrations.statements(Migrations.sql(v))) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_version VALUES (" + v + ", current_timestamp, 'fixture')");
            }
            s.execute("INSERT INTO articles (id, source, source_name, date, text, version, is_current, ingested_at) "
                    + "VALUES ('old1', 'old.txt', 'Agency Old', DATE '2021-03-08', '" + Fixtures.TALKS.replace("'", "''")
                    + "', 1, true, TIMESTAMP '2021-03-09 10:00:00')");
            s.execute("INSERT INTO events (id, day, source_code, source_name, target_code, code, root_code, quad_class, "
                    + "goldstein, place_key, place_name, place_lat, place_lon, num_mentions, num_sources, num_articles, "
                    + "date_added) VALUES (1, DATE '2021-03-08', 'NORGOV', 'Norway', 'SWEGOV', '042', '04', 1, 1.9, "
                    + "'n:Oslo|NOR', 'Oslo', 59.91, 10.75, 1, 1, 1, current_timestamp)");
            // A counted mention, and a negated one, which a store before version 5 kept without its code.
            s.execute("INSERT INTO mentions (event_id, article_id, mention, sentence, source_code, source_start, "
                    + "source_end, target_code, trigger_start, trigger_end, is_root, event_date_start, event_date_end, "
                    + "date_basis) VALUES (NULL, 'old1', 0, 1, 'SWEGOV', NULL, NULL, NULL, 5, 11, true, "
                    + "DATE '2021-03-08', DATE '2021-03-08', 'PUBLICATION_DATE'), (1, 'old1', 1, 0, 'NORGOV', 4, 30, "
                    + "'SWEGOV', 31, 34, true, DATE '2021-03-08', DATE '2021-03-08', 'PUBLICATION_DATE')");
        }
        try (Store s = Store.open(dir)) {
            assertThat(Migrations.version(s.connection())).isEqualTo(Migrations.CURRENT);
            CodedArticleView old = new ArticleReads(s).article("old1");
            assertThat(old.entities()).isEmpty();
            assertThat(old.article().boilerplate()).isEmpty();
            assertThat(old.events()).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo("042");
                assertThat(e.eventId()).isEqualTo(1L);
                assertThat(e.trigger().text()).isEqualTo("met");
                assertThat(e.source().code()).isEqualTo("NORGOV");
                assertThat(e.source().name()).isEqualTo("Norway");
                assertThat(e.source().mention().text()).isEqualTo("foreign minister of Norway");
                // Without the mention's place index, the event row's place, with no mention in the text.
                assertThat(e.place().name()).isEqualTo("Oslo");
                assertThat(e.place().mention()).isNull();
            });
            // New writes fill the new tables.
            Article a = Fixtures.article("new.txt", "Agency New", null, LocalDate.of(2021, 3, 9), "Talks",
                    "OSLO (Nordic Wire) - " + Fixtures.TALKS);
            new StoreWriter(s, false).write(List.of(Fixtures.coded(a, List.of(), 0.5)));
            assertThat(new ArticleReads(s).article(a.id()).article().boilerplate()).hasSize(1);
        }
    }
}
