package dateline.server;

import dateline.store.SearchIndex;
import dateline.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches for concurrent requests: one {@link SearcherManager} over the last commit of the store's index, shared by
 * every request (an {@link IndexSearcher} is thread-safe), so a search neither opens the index nor waits for
 * anything. After the server's writer commits the index, {@link #refresh} swaps in a searcher that sees the commit;
 * searches running meanwhile finish on the searcher they acquired. The database commits a batch before the index
 * does, so every hit is an article a reader can already see.
 */
final class SearchReaders implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchReaders.class);

    private final Path dir;
    private volatile SearcherManager manager; // null until the index has a first commit
    private FSDirectory directory;

    SearchReaders(Path dir) {
        this.dir = dir;
    }

    /** Hits for a Lucene query over titles and texts; none while the store has no index yet. */
    List<SearchIndex.Hit> search(String query, LocalDate from, LocalDate to, int limit) throws IOException {
        SearcherManager m = manager();
        if (m == null) {
            // Parse anyway, so a bad query is a 400 whether or not anything is indexed.
            SearchIndex.search(new IndexSearcher(new org.apache.lucene.index.MultiReader()), query, from, to, 1);
            return List.of();
        }
        IndexSearcher s = m.acquire();
        try {
            return SearchIndex.search(s, query, from, to, limit);
        } finally {
            m.release(s);
        }
    }

    /** Makes the index's last commit visible to the searches that start from now on. */
    void refresh() throws IOException {
        SearcherManager m = manager();
        if (m != null) {
            m.maybeRefreshBlocking();
        }
    }

    private SearcherManager manager() throws IOException {
        SearcherManager m = manager;
        if (m != null) {
            return m; // the common case takes no lock
        }
        synchronized (this) {
            if (manager == null && Files.isDirectory(dir)) {
                FSDirectory d = FSDirectory.open(dir);
                try {
                    manager = new SearcherManager(d, null);
                    directory = d;
                } catch (IndexNotFoundException e) {
                    d.close();
                    return null; // no commit yet: nothing to search
                }
            }
            return manager;
        }
    }

    @Override
    public synchronized void close() {
        if (manager != null) {
            try {
                manager.close();
                directory.close();
            } catch (IOException | StoreException e) {
                LOG.warn("closing the search readers: {}", e.toString());
            }
        }
    }
}
