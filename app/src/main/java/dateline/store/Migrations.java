package dateline.store;

import dateline.dedup.Duplicate;
import dateline.dedup.DuplicateIndex;
import dateline.dedup.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned schema migrations. Each version is a SQL file ({@code v1.sql}, {@code v2.sql}, ...) and, where
 * existing rows need new values, a Java step after it; each migration runs in one transaction and records
 * itself in {@code schema_version}.
 */
final class Migrations {
    /** The schema version this code reads and writes. */
    static final int CURRENT = 5;
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private record Migration(int version, String description) {
    }

    private static final List<Migration> ALL = List.of(
            new Migration(1, "articles, sentences, actors, events, mentions, quotes, places"),
            new Migration(2, "duplicate detection: fingerprints, dup_of, num_stories"),
            new Migration(3, "event dates: mentions.event_date_start/end, date_basis, date evidence; events.day is the event date"),
            new Migration(4, "one flag order: mentions.flags in alphabetical order, as every output writes them"),
            new Migration(5, "article details: dateline span, warnings, boilerplate, related links, entities; "
                    + "mention details: code, place"));

    /** Brings the database up to {@link #CURRENT}. */
    void migrate(Connection c) throws SQLException {
        int from = version(c);
        if (from > CURRENT) {
            throw new StoreException("schema version " + from + " is newer than this Dateline (" + CURRENT + ")");
        }
        for (Migration m : ALL) {
            if (m.version <= from) {
                continue;
            }
            LOG.info("migrating store to schema version {}: {}", m.version, m.description);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(sql(m.version))) {
                    s.execute(sql);
                }
                if (m.version == 2) {
                    backfillFingerprints(c);
                    new EventAggregates(c).recomputeAll();
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version VALUES (?, current_timestamp, ?)")) {
                    p.setInt(1, m.version);
                    p.setString(2, m.description);
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /** The schema version of a database: 0 when empty. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables "
                        + "WHERE table_name = 'schema_version' AND table_schema = 'main'")) {
            r.next();
            if (r.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The DDL of one version, as shipped. */
    static String sql(int version) {
        try (InputStream in = Migrations.class.getResourceAsStream("v" + version + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("missing migration dateline/store/v" + version + ".sql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a migration file into statements: comments dropped, split on semicolons at line ends. */
    static List<String> statements(String sql) {
        StringBuilder b = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                b.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(b.toString().split(";\\s*\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .toList();
    }

    /** Version 2: fingerprints and duplicate groups for articles stored before dedup existed, in ingest order. */
    private static void backfillFingerprints(Connection c) throws SQLException {
        DuplicateIndex index = new DuplicateIndex();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, text FROM articles ORDER BY ingested_at, id");
                PreparedStatement u = c.prepareStatement("UPDATE articles SET content_hash = ?, min_hash = ?, "
                        + "dup_of = ?, dup_kind = ?, dup_similarity = ? WHERE id = ?")) {
            while (r.next()) {
                String id = r.getString(1);
                // The stored text still has boilerplate: a v1 store did not keep its spans.
                Fingerprint f = Fingerprint.of(r.getString(2));
                Optional<Duplicate> d = index.find(f);
                index.add(id, f, d.map(Duplicate::original).orElse(id));
                u.setString(1, f.contentHash());
                if (f.words() >= Fingerprint.MIN_WORDS) {
                    u.setBytes(2, f.minHashBytes());
                } else {
                    u.setNull(2, java.sql.Types.BLOB);
                }
                u.setString(3, d.map(Duplicate::original).orElse(null));
                u.setString(4, d.map(x -> x.kind().name()).orElse(null));
                if (d.isPresent()) {
                    u.setDouble(5, d.get().similarity());
                } else {
                    u.setNull(5, java.sql.Types.DOUBLE);
                }
                u.setString(6, id);
                u.executeUpdate();
            }
        }
    }
}
