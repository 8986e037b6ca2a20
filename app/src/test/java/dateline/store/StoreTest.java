package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.dedup.Duplicate;
import dateline.event.Event;
import dateline.pipeline.CodedArticle;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    static final LocalDate DAY = LocalDate.of(2021, 3, 8);

    @TempDir
    Path dir;

    private static Table sql(Store s, String q) throws SQLException {
        return new EventQueries(s).sql(q);
    }

    @Test
    void syndicatedCopyIsANearDuplicateAndFoldsIntoTheSameEventRows() throws Exception {
        String copyText = "OSLO (Nordic Wire) - " + Fixtures.TALKS.replace("on Monday", "on Monday morning")
                + " A spokesman declined to comment.";
        try (Store s = Store.open(dir)) {
            StoreWriter w = new StoreWriter(s, false);
            CodedArticle first = Fixtures.talks("wire-a.txt", "Agency A", Fixtures.TALKS, DAY, -2.0);
            CodedArticle copy = Fixtures.talks("wire-b.txt", "Agency B", copyText, DAY, 4.0);
            List<Written> out = w.write(List.of(first));
            assertThat(out.get(0).duplicate()).isNull();
            Written second = w.write(List.of(copy)).get(0);
            assertThat(second.duplicate()).isNotNull();
            assertThat(second.duplicate().kind()).isEqualTo(Duplicate.Kind.NEAR);
            assertThat(second.duplicate().original()).isEqualTo(first.article().id());

            Table events = sql(s, "SELECT code, num_mentions, num_articles, num_sources, num_stories, avg_tone "
                    + "FROM events ORDER BY code");
            assertThat(events.rows()).hasSize(2);
            assertThat(events.column("num_articles")).containsOnly(2);
            assertThat(events.column("num_sources")).containsExactly(2, 2);
            assertThat(events.column("num_mentions")).containsOnly(2);
            assertThat(events.column("num_stories")).containsOnly(1);
            assertThat(events.column("avg_tone")).containsOnly(1.0);
            Table mentions = sql(s, "SELECT article_id, rule, trigger_start FROM mentions ORDER BY article_id");
            assertThat(mentions.rows()).hasSize(4);
            assertThat(mentions.column("article_id")).contains(first.article().id(), copy.article().id());
        }
    }

    @Test
    void exactCopyIsMarkedExactAndUnrelatedTextIsNoDuplicate() throws Exception {
        try (Store s = Store.open(dir)) {
            StoreWriter w = new StoreWriter(s, false);
            w.write(List.of(Fixtures.talks("a.txt", "Agency A", Fixtures.TALKS, DAY, 0)));
            Written exact = w.write(List.of(Fixtures.talks("b.txt", "Agency B",
                    Fixtures.TALKS.replace(". ", ".\n\n"), DAY, 0))).get(0);
            assertThat(exact.duplicate().kind()).isEqualTo(Duplicate.Kind.EXACT);
            String other = "Heavy snow closed three mountain passes in the Alps on Tuesday, and rescue teams "
                    + "searched for two hikers who had not returned to their hut. The avalanche warning was "
                    + "raised to its highest level for the weekend, the regional office said.";
            var a = Fixtures.article("c.txt", "Agency C", null, DAY, null, other);
            Written none = w.write(List.of(Fixtures.coded(a, List.of(), 0))).get(0);
            assertThat(none.duplicate()).isNull();
        }
    }

    @Test
    void writingTheSameArticleTwiceAddsNothingAndAChangedTextIsANewVersion() throws Exception {
        CodedArticle a = Fixtures.talks("a.txt", "Agency A", Fixtures.TALKS, DAY, 0);
        try (Store s = Store.open(dir)) {
            new StoreWriter(s, true).write(List.of(a));
        }
        try (Store s = Store.open(dir)) {
            StoreWriter w = new StoreWriter(s, true);
            assertThat(w.contains(a.article().id())).isTrue();
            assertThat(w.write(List.of(a)).get(0).status()).isEqualTo(Written.Status.ALREADY_STORED);
            assertThat(sql(s, "SELECT count(*) AS n FROM articles").column("n")).containsExactly(1L);
            assertThat(sql(s, "SELECT count(*) AS n FROM mentions").column("n")).containsExactly(2L);
            assertThat(sql(s, "SELECT text FROM sentences WHERE sentence = 0").column("text").get(0))
                    .asString().startsWith("The foreign minister");

            CodedArticle edited = Fixtures.talks("a.txt", "Agency A", Fixtures.TALKS + " Talks resume in May.",
                    DAY, 0);
            Written v2 = w.write(List.of(edited)).get(0);
            assertThat(v2.status()).isEqualTo(Written.Status.NEW_VERSION);
            assertThat(v2.replaced()).isEqualTo(a.article().id());
            Table arts = sql(s, "SELECT version, is_current FROM articles ORDER BY version");
            assertThat(arts.column("is_current")).containsExactly(false, true);
            // The old version's mentions no longer count.
            assertThat(sql(s, "SELECT num_articles FROM events").column("num_articles")).containsOnly(1);
        }
    }

    @Test
    void aNewVersionInTheSameBatchRetiresTheVersionWrittenJustBeforeIt() throws Exception {
        CodedArticle a = Fixtures.talks("a.txt", "Agency A", Fixtures.TALKS, DAY, 0);
        CodedArticle edited = Fixtures.talks("a.txt", "Agency A", Fixtures.TALKS + " Talks resume in May.", DAY, 0);
        try (Store s = Store.open(dir)) {
            List<Written> out = new StoreWriter(s, false).write(List.of(a, edited));
            assertThat(out).extracting(Written::status)
                    .containsExactly(Written.Status.NEW, Written.Status.NEW_VERSION);
            assertThat(sql(s, "SELECT version, is_current FROM articles ORDER BY version").column("is_current"))
                    .containsExactly(false, true);
            assertThat(sql(s, "SELECT num_mentions, num_articles FROM events").rows())
                    .containsOnly(List.of(1, 1));
        }
    }

    @Test
    void anEventWhoseOnlyArticleIsReplacedByAVersionWithoutItCountsNothing() throws Exception {
        CodedArticle a = Fixtures.talks("a.txt", "Agency A", Fixtures.TALKS, DAY, -3.0);
        var edited = Fixtures.article("a.txt", "Agency A", null, DAY, null, Fixtures.TALKS + " Nothing was agreed.");
        try (Store s = Store.open(dir)) {
            StoreWriter w = new StoreWriter(s, false);
            w.write(List.of(a));
            assertThat(sql(s, "SELECT num_mentions, num_articles, num_sources, num_stories FROM events").rows())
                    .containsOnly(List.of(1, 1, 1, 1));
            w.write(List.of(Fixtures.coded(edited, List.of(), 0)));
            Table events = sql(s, "SELECT num_mentions, num_articles, num_sources, num_stories, first_article_id "
                    + "FROM events");
            assertThat(events.rows()).hasSize(2).allSatisfy(r -> assertThat(r.subList(0, 4)).containsOnly(0));
            // The mentions stay, as evidence of the replaced version; the row remembers where it came from.
            assertThat(events.column("first_article_id")).containsOnly(a.article().id());
            assertThat(sql(s, "SELECT count(*) AS n FROM mentions").column("n")).containsExactly(2L);
        }
    }

    /** Rows per table, in a fixed order, and the event counts: the whole visible state of a store. */
    private static List<List<Object>> state(Store s) throws SQLException {
        return sql(s, """
                SELECT 'articles' AS t, count(*) AS n FROM articles UNION ALL SELECT 'sentences', count(*) FROM sentences
                UNION ALL SELECT 'actors', count(*) FROM actors UNION ALL SELECT 'quotes', count(*) FROM quotes
                UNION ALL SELECT 'places', count(*) FROM places UNION ALL SELECT 'mentions', count(*) FROM mentions
                UNION ALL SELECT 'events', count(*) FROM events
                UNION ALL SELECT 'event mentions', coalesce(sum(num_mentions), 0) FROM events ORDER BY t""").rows();
    }

    @Test
    void aBatchThatFailsInJavaLeavesNoRowOfItAndTheNextBatchCommitsOnlyItsOwn() throws Exception {
        CodedArticle first = Fixtures.talks("a.txt", "Agency A", Fixtures.TALKS, DAY, 0);
        String otherText = "Ferries wait at the border. " + Fixtures.TALKS.replace("on Monday", "on Tuesday");
        CodedArticle second = Fixtures.talks("b.txt", "Agency B", otherText, DAY.plusDays(1), 1);
        // An actor span past the end of the text fails while the mention rows are appended: after the article,
        // sentence and actor rows of this article and all rows of the one before it in the batch.
        var bad = Fixtures.article("c.txt", "Agency C", null, DAY, null, Fixtures.TALKS + " More later.");
        var nor = Fixtures.actor(bad, "NORGOV", "Norway", "foreign minister of Norway");
        var ghost = new dateline.actor.Actor("SWEGOV", "Sweden", "SWE", null,
                new dateline.article.Span(0, bad.text().length() + 40), 0, 0, 1, "test:1", "name",
                dateline.actor.DateBasis.UNDATED, null);
        CodedArticle broken = Fixtures.coded(bad,
                List.of(Fixtures.event(bad, nor, ghost, "043", 1, 2.8, "met", null)), 0);
        try (Store s = Store.open(dir)) {
            StoreWriter w = new StoreWriter(s, true);
            w.write(List.of(first));
            List<List<Object>> afterFirst = state(s);

            assertThatThrownBy(() -> w.write(List.of(second, broken))).isInstanceOf(RuntimeException.class);
            assertThat(state(s)).isEqualTo(afterFirst);
            assertThat(w.contains(second.article().id())).isFalse();

            // Nothing the failed batch appended may surface with a later commit.
            assertThat(w.write(List.of(second)).get(0).status()).isEqualTo(Written.Status.NEW);
            assertThat(sql(s, "SELECT count(*) AS n FROM articles WHERE id = '" + bad.id() + "'").column("n"))
                    .containsExactly(0L);
            assertThat(sql(s, "SELECT article_id, count(*) AS n FROM sentences GROUP BY ALL ORDER BY ALL").rows())
                    .containsExactlyInAnyOrder(
                            List.of(first.article().id(), (long) first.annotation().sentences().size()),
                            List.of(second.article().id(), (long) second.annotation().sentences().size()));
            assertThat(sql(s, "SELECT count(*) AS n FROM mentions").column("n")).containsExactly(4L);
            assertThat(sql(s, "SELECT sum(num_mentions)::BIGINT AS n FROM events").column("n")).containsExactly(4L);
        }
        // Nor when the store is closed and opened again.
        try (Store s = Store.open(dir)) {
            assertThat(sql(s, "SELECT count(*) AS n FROM articles").column("n")).containsExactly(2L);
            assertThat(sql(s, "SELECT count(*) AS n FROM mentions").column("n")).containsExactly(4L);
        }
    }

    @Test
    void aBatchThatTheDatabaseRefusesLeavesNoRowOfIt() throws Exception {
        var a = Fixtures.article("a.txt", "Agency A", null, DAY, null, Fixtures.TALKS);
        var nor = Fixtures.actor(a, "NORGOV", "Norway", "foreign minister of Norway");
        var swe = Fixtures.actor(a, "SWEGOV", "Sweden", "Swedish trade envoy");
        CodedArticle first = Fixtures.coded(a,
                List.of(Fixtures.event(a, nor, swe, "042", 1, 1.9, "met", null, Event.Flag.REPORTED)), 0);
        String otherText = "Ferries wait at the border. " + Fixtures.TALKS.replace("on Monday", "on Tuesday");
        CodedArticle second = Fixtures.talks("b.txt", "Agency B", otherText, DAY.plusDays(1), 1);
        try (Store s = Store.open(dir)) {
            StoreWriter w = new StoreWriter(s, false);
            w.write(List.of(first));
            List<List<Object>> afterFirst = state(s);
            // A constraint the next batch breaks: its mention rows (appended last) have no flags, so the batch fails
            // in DuckDB after its article, sentence, actor, place and event rows went into the transaction.
            sql(s, "ALTER TABLE mentions ALTER COLUMN flags SET NOT NULL");
            assertThatThrownBy(() -> w.write(List.of(second))).isInstanceOf(SQLException.class)
                    .hasMessageContaining("NOT NULL");
            assertThat(state(s)).isEqualTo(afterFirst);

            sql(s, "ALTER TABLE mentions ALTER COLUMN flags DROP NOT NULL");
            assertThat(w.write(List.of(second)).get(0).status()).isEqualTo(Written.Status.NEW);
            assertThat(sql(s, "SELECT count(*) AS n FROM articles").column("n")).containsExactly(2L);
            assertThat(sql(s, "SELECT count(*) AS n FROM sentences").column("n")).containsExactly(
                    (long) first.annotation().sentences().size() + second.annotation().sentences().size());
            assertThat(sql(s, "SELECT count(*) AS n FROM mentions").column("n")).containsExactly(3L);
        }
    }

    @Test
    void negatedEventsKeepTheirEvidenceButMakeNoEventRow() throws Exception {
        var a = Fixtures.article("n.txt", "Agency A", null, DAY, null, Fixtures.TALKS);
        var nor = Fixtures.actor(a, "NORGOV", "Norway", "foreign minister of Norway");
        var swe = Fixtures.actor(a, "SWEGOV", "Sweden", "Swedish trade envoy");
        try (Store s = Store.open(dir)) {
            new StoreWriter(s, false).write(List.of(Fixtures.coded(a,
                    List.of(Fixtures.event(a, nor, swe, "042", 1, 1.9, "met", null, Event.Flag.NEGATED)), 0)));
            assertThat(sql(s, "SELECT count(*) AS n FROM events").column("n")).containsExactly(0L);
            assertThat(sql(s, "SELECT flags, confidence FROM mentions").rows())
                    .containsExactly(List.of("NEGATED", 10));
        }
    }

    @Test
    void readOnlyStoreRefusesWritesAndMissingStoreIsAClearError() throws Exception {
        assertThatThrownBy(() -> Store.openReadOnly(dir.resolve("nothing")))
                .hasMessageContaining("no such store");
        try (Store s = Store.open(dir)) {
            new StoreWriter(s, false).write(List.of(Fixtures.talks("a.txt", "A", Fixtures.TALKS, DAY, 0)));
        }
        try (Store s = Store.openReadOnly(dir)) {
            assertThatThrownBy(() -> sql(s, "DELETE FROM articles")).isInstanceOf(SQLException.class);
        }
    }
}
