package dateline.store;

import dateline.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The full-text index over the current version of every stored article (title and text), beside the database in
 * {@code index/}. Documents are keyed by article id, so adding one twice replaces it. The database is the
 * truth: after a crash between a database commit and an index commit, {@link #syncWith} brings the index back in
 * line with it.
 */
public final class SearchIndex implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SearchIndex.class);
    private final Path dir;
    private final IndexWriter writer;

    /**
     * A hit.
     *
     * @param articleId the article
     * @param score     Lucene's BM25 score
     * @param title     its title, or null
     * @param date      its date, or null
     */
    public record Hit(String articleId, float score, String title, LocalDate date) {
    }

    private SearchIndex(Path dir, IndexWriter writer) {
        this.dir = dir;
        this.writer = writer;
    }

    /** Opens (creating if absent) the index for writing. */
    public static SearchIndex openForWriting(Path dir) {
        try {
            Files.createDirectories(dir);
            IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer());
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            return new SearchIndex(dir, new IndexWriter(FSDirectory.open(dir), cfg));
        } catch (IOException e) {
            throw new StoreException("search index " + dir + ": cannot open (" + e.getMessage() + ")", e);
        }
    }

    /** Adds or replaces an article. */
    public void add(Article a) throws IOException {
        add(a.id(), a.title(), a.text(), a.date());
    }

    /** Adds or replaces an article given by its parts (as read back from the database). */
    public void add(String id, String title, String text, LocalDate date) throws IOException {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.YES));
        if (title != null) {
            d.add(new TextField("title", title, Field.Store.YES));
        }
        d.add(new TextField("text", text, Field.Store.NO));
        if (date != null) {
            d.add(new LongPoint("day", date.toEpochDay()));
            d.add(new StoredField("date", date.toEpochDay()));
        }
        writer.updateDocument(new Term("id", id), d);
    }

    /** Removes an article (an older version). */
    public void delete(String articleId) throws IOException {
        writer.deleteDocuments(new Term("id", articleId));
    }

    /** Makes the changes durable and visible to searchers. */
    public void commit() throws IOException {
        writer.commit();
    }

    /**
     * Brings the index in line with the database after a crash: removes every document whose id is not in
     * {@code current} (an old version whose delete was lost) and returns the ids of {@code current} it lacks, for
     * the caller to add. Changes are committed by the caller.
     */
    Set<String> reconcile(Set<String> current) throws IOException {
        Set<String> present = ids();
        for (String id : present) {
            if (!current.contains(id)) {
                writer.deleteDocuments(new Term("id", id));
            }
        }
        Set<String> out = new HashSet<>(current);
        out.removeAll(present);
        return out;
    }

    /**
     * Makes the index hold exactly the current articles of {@code store}, and commits. The database commits a batch
     * before the index does, so after a crash in between the index may lack new articles or still hold versions the
     * database has replaced. Call it whenever the index is opened for writing.
     */
    public void syncWith(Store store) throws IOException {
        Connection c = store.connection();
        try (Statement s = c.createStatement()) {
            Set<String> current = new HashSet<>();
            try (ResultSet r = s.executeQuery("SELECT id FROM articles WHERE is_current")) {
                while (r.next()) {
                    current.add(r.getString(1));
                }
            }
            Set<String> missing = reconcile(current);
            if (!missing.isEmpty()) {
                LOG.info("adding {} stored articles missing from the search index", missing.size());
                try (ResultSet r = s.executeQuery("SELECT id, title, text, CAST(date AS VARCHAR) FROM articles "
                        + "WHERE is_current")) {
                    while (r.next()) {
                        if (missing.contains(r.getString(1))) {
                            add(r.getString(1), r.getString(2), r.getString(3),
                                    r.getString(4) == null ? null : LocalDate.parse(r.getString(4)));
                        }
                    }
                }
            }
            writer.commit();
        } catch (SQLException e) {
            throw new StoreException("store " + store.directory() + ": cannot read articles ("
                    + Store.firstLine(e.getMessage()) + ")", e);
        }
    }

    /** The ids of the live documents, as last committed plus this writer's changes. */
    private Set<String> ids() throws IOException {
        Set<String> present = new HashSet<>();
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            StoredFields fields = r.storedFields();
            Bits live = MultiBits.getLiveDocs(r);
            for (int i = 0; i < r.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    present.add(fields.document(i, Set.of("id")).get("id"));
                }
            }
        }
        return present;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /**
     * Searches an index with Lucene query syntax over title and text ({@code "Iraq AND border"},
     * {@code "\"prime minister\""}), newest filter first: only articles dated within [from, to] when given.
     */
    public static List<Hit> search(Path dir, String query, LocalDate from, LocalDate to, int limit) {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("search index " + dir + ": no index (run 'dateline ingest' first)");
        }
        Query q = query(query, from, to);
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
            return hits(new IndexSearcher(r), q, limit);
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw new StoreException("search index " + dir + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Searches as {@link #search(Path, String, LocalDate, LocalDate, int)} does, with a searcher the caller keeps
     * open (a server's {@link org.apache.lucene.search.SearcherManager}), so no index is opened per query.
     */
    public static List<Hit> search(IndexSearcher searcher, String query, LocalDate from, LocalDate to, int limit)
            throws IOException {
        return hits(searcher, query(query, from, to), limit);
    }

    private static Query query(String query, LocalDate from, LocalDate to) {
        Query q;
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"},
                    new StandardAnalyzer());
            q = parser.parse(query);
        } catch (ParseException e) {
            throw new StoreException("search query \"" + query + "\" is not valid: "
                    + Store.firstLine(e.getMessage()), e);
        }
        if (from != null || to != null) {
            long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
            long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
            q = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                    .add(LongPoint.newRangeQuery("day", lo, hi), BooleanClause.Occur.FILTER).build();
        }
        return q;
    }

    private static List<Hit> hits(IndexSearcher searcher, Query q, int limit) throws IOException {
        TopDocs top = searcher.search(q, Math.max(1, limit));
        StoredFields fields = searcher.storedFields();
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = fields.document(sd.doc);
            var date = d.getField("date");
            hits.add(new Hit(d.get("id"), sd.score, d.get("title"),
                    date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue())));
        }
        return hits;
    }
}
