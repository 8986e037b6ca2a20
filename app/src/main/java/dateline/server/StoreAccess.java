package dateline.server;

import dateline.pipeline.CodedArticle;
import dateline.store.SearchIndex;
import dateline.store.Store;
import dateline.store.StoreException;
import dateline.store.StoreWriter;
import dateline.store.Written;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one handle on a store. Reads run concurrently, each on its own read connection from a
 * {@link ReaderPool} inside one read transaction, and searches share a {@link SearchReaders}: neither waits for
 * another read nor for a write. Writes are serialized by one lock on the store's own connection (the single writer);
 * a batch's inserts commit together, so a reader sees all of it or none of it. Coding, the slow part of an ingest,
 * happens before, outside the lock.
 */
final class StoreAccess implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreAccess.class);
    /**
     * Read connections at most: more concurrent reads than this wait for one (DuckDB already spreads a query over
     * the cores, so more connections than a few per core add memory, not speed).
     */
    static final int READERS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** How long a read waits for a free read connection before answering 503. */
    static final Duration READER_WAIT = Duration.ofSeconds(30);

    /** Work on the store that may fail with SQL errors. */
    @FunctionalInterface
    interface Work<T> {
        T run(Store store) throws SQLException;
    }

    private final Store store;
    private final StoreWriter writer;
    private final SearchIndex index;
    private final ReaderPool readers;
    private final SearchReaders searchers;
    private final ReentrantLock writeLock = new ReentrantLock();

    private StoreAccess(Store store, StoreWriter writer, SearchIndex index) {
        this.store = store;
        this.writer = writer;
        this.index = index;
        this.readers = new ReaderPool(store, READERS, READER_WAIT);
        this.searchers = new SearchReaders(store.indexDirectory());
    }

    /** Read-only access: nothing can be written. */
    static StoreAccess readOnly(Store store) {
        return new StoreAccess(store, null, null);
    }

    /** Read-write access: {@code store} must be open for writing; the search index is opened for writing too. */
    static StoreAccess readWrite(Store store) {
        StoreWriter w = new StoreWriter(store, false);
        SearchIndex i = SearchIndex.openForWriting(store.indexDirectory());
        try {
            i.syncWith(store);
        } catch (java.io.IOException e) {
            throw new StoreException("search index " + store.indexDirectory() + ": cannot repair (" + e.getMessage()
                    + ")", e);
        }
        return new StoreAccess(store, w, i);
    }

    boolean writable() {
        return writer != null;
    }

    /**
     * Runs {@code work} on a read connection of its own, in one transaction: every statement sees the same, last
     * committed, state of the store.
     */
    <T> T read(Work<T> work) {
        try {
            return readers.read(work);
        } catch (SQLException e) {
            LOG.error("store query failed", e);
            throw new ApiError(500, "store query failed; see the server log");
        } catch (StoreException e) {
            // The store's own messages are written for users (a bad search query, a missing index).
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** Full-text search over the index's last commit. */
    List<SearchIndex.Hit> search(String query, LocalDate from, LocalDate to, int limit) {
        try {
            return searchers.search(query, from, to, limit);
        } catch (StoreException e) {
            throw ApiError.badRequest(e.getMessage());
        } catch (IOException e) {
            LOG.error("search failed", e);
            throw new ApiError(500, "search failed; see the server log");
        }
    }

    /** Stores coded articles in one transaction, then indexes them for search. */
    List<Written> write(List<CodedArticle> batch) {
        if (writer == null) {
            throw new ApiError(403, "the store is open read-only");
        }
        writeLock.lock();
        try {
            List<Written> written = writer.write(batch);
            for (int i = 0; i < written.size(); i++) {
                Written w = written.get(i);
                if (w.status() == Written.Status.ALREADY_STORED) {
                    continue;
                }
                if (w.replaced() != null) {
                    index.delete(w.replaced());
                }
                index.add(batch.get(i).article());
            }
            index.commit();
            searchers.refresh();
            return written;
        } catch (SQLException | IOException e) {
            LOG.error("storing articles failed", e);
            throw new ApiError(500, "storing failed; see the server log");
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        readers.close();
        searchers.close();
        writeLock.lock();
        try {
            if (index != null) {
                index.close();
            }
            if (writer != null) {
                writer.close();
            }
            store.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("closing the store: {}", e.toString());
        } finally {
            writeLock.unlock();
        }
    }
}
