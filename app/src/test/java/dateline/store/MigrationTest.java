package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.dedup.Duplicate;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written by schema version 1 (before dedup) opens, migrates, and keeps working. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersion1StoreIsMigratedWithFingerprintsAndCounts() throws Exception {
        try (Connection c = Store.connect(dir, false); Statement s = c.createStatement()) {
            for (String sql : Migrations.statements(Migrations.sql(1))) {
                s.execute(sql);
            }
            s.execute("INSERT INTO schema_version VALUES (1, current_timestamp, 'v1 fixture')");
            s.execute("INSERT INTO articles (id, source, source_name, date, text, version, is_current, tone, "
                    + "ingested_at) VALUES ('old1', 'old.txt', 'Agency Old', DATE '2021-03-08', '"
                    + Fixtures.TALKS.replace("'", "''") + "', 1, true, 2.0, TIMESTAMP '2021-03-09 10:00:00')");
            s.execute("INSERT INTO events (id, day, source_code, target_code, code, root_code, quad_class, goldstein, "
                    + "place_key, num_mentions, num_sources, num_articles, date_added) VALUES (1, DATE '2021-03-08', "
                    + "'NORGOV', 'SWEGOV', '057', '05', 1, 8.0, '', 1, 1, 1, current_timestamp)");
            s.execute("INSERT INTO mentions (event_id, article_id, mention, sentence, is_root) "
                    + "VALUES (1, 'old1', 0, 0, true)");
        }
        try (Store s = Store.open(dir)) {
            assertThat(Migrations.version(s.connection())).isEqualTo(Migrations.CURRENT);
            Table old = new EventQueries(s).sql("SELECT content_hash, min_hash IS NOT NULL AS signed, dup_of "
                    + "FROM articles");
            assertThat(old.column("content_hash").get(0)).isNotNull();
            assertThat(old.column("signed")).containsExactly(true);
            assertThat(new EventQueries(s).sql("SELECT num_stories FROM events").column("num_stories"))
                    .containsExactly(1);
            // Version 3: mentions stored before event dating keep the publication date, and say so.
            Table dated = new EventQueries(s).sql("SELECT CAST(event_date_start AS VARCHAR) AS d, "
                    + "CAST(event_date_end AS VARCHAR) AS e, date_basis, date_evidence_start FROM mentions");
            assertThat(dated.rows()).containsExactly(java.util.Arrays.asList("2021-03-08", "2021-03-08",
                    "PUBLICATION_DATE", null));

            // New writes see the migrated rows: a copy of the old article is a duplicate, its event folds in.
            StoreWriter w = new StoreWriter(s, false);
            Written copy = w.write(List.of(Fixtures.talks("new.txt", "Agency New", Fixtures.TALKS,
                    LocalDate.of(2021, 3, 8), 0))).get(0);
            assertThat(copy.duplicate().original()).isEqualTo("old1");
            assertThat(copy.duplicate().kind()).isEqualTo(Duplicate.Kind.EXACT);
            Table e = new EventQueries(s).sql("SELECT num_articles, num_sources FROM events WHERE code = '057'");
            assertThat(e.rows()).containsExactly(List.of(2, 2));
        }
        try (Store s = Store.openReadOnly(dir)) {
            assertThat(new EventQueries(s).sql("SELECT max(version) AS v FROM schema_version").column("v"))
                    .containsExactly(Migrations.CURRENT);
        }
    }

    @Test
    void aVersion3StoreHasItsFlagsInTheOneOrder() throws Exception {
        try (Connection c = Store.connect(dir, false); Statement s = c.createStatement()) {
            for (int v = 1; v <= 3; v++) {
                for (String sql : Migrations.statements(Migrations.sql(v))) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_version VALUES (" + v + ", current_timestamp, 'v3 fixture')");
            }
            s.execute("INSERT INTO articles (id, source, source_name, date, text, version, is_current, "
                    + "ingested_at) VALUES ('old1', 'old.txt', 'Agency Old', DATE '2021-03-08', 'text', 1, true, "
                    + "TIMESTAMP '2021-03-09 10:00:00')");
            // Written by version 3 in the coder's enum order: NEGATED, HYPOTHETICAL, FUTURE, REPORTED.
            s.execute("INSERT INTO mentions (article_id, mention, sentence, is_root, flags) VALUES "
                    + "('old1', 0, 0, true, 'NEGATED,FUTURE'), ('old1', 1, 0, true, 'HYPOTHETICAL,FUTURE,REPORTED'), "
                    + "('old1', 2, 0, true, 'REPORTED'), ('old1', 3, 0, true, NULL)");
        }
        try (Store s = Store.open(dir)) {
            assertThat(Migrations.version(s.connection())).isEqualTo(Migrations.CURRENT);
            Table flags = new EventQueries(s).sql("SELECT flags FROM mentions ORDER BY mention");
            assertThat(flags.column("flags")).containsExactly("FUTURE,NEGATED", "FUTURE,HYPOTHETICAL,REPORTED",
                    "REPORTED", null);
        }
    }
}
