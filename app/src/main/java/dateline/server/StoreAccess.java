package dateline.server;

import dateline.pipeline.CodedArticle;
import dateline.store.SearchIndex;
import dateline.store.Store;
import dateline.store.StoreException;
import dateline.store.StoreWriter;
import dateline.store.Written;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one handle on a store. A store's connection is not for concurrent use, so every read and write
 * takes one lock: a reader never sees a batch half-written, because a write holds the lock from the first insert
 * to the commit (coding, the slow part, happens before, outside the lock).
 */
final class StoreAccess implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreAccess.class);

    /** Work on the store that may fail with SQL errors. */
    @FunctionalInterface
    interface Work<T> {
        T run(Store store) throws SQLException;
    }

    private final Store store;
    private final StoreWriter writer;
    private final SearchIndex index;
    private final ReentrantLock lock = new ReentrantLock();

    private StoreAccess(Store store, StoreWriter writer, SearchIndex index) {
        this.store = store;
        this.writer = writer;
        this.index = index;
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

    <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(store);
        } catch (SQLException e) {
            LOG.error("store query failed", e);
            throw new ApiError(500, "store query failed; see the server log");
        } catch (StoreException e) {
            // The store's own messages are written for users (a bad search query, a missing index).
            throw ApiError.badRequest(e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /** Stores coded articles in one transaction, then indexes them for search. */
    List<Written> write(List<CodedArticle> batch) {
        if (writer == null) {
            throw new ApiError(403, "the store is open read-only");
        }
        lock.lock();
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
            return written;
        } catch (SQLException | IOException e) {
            LOG.error("storing articles failed", e);
            throw new ApiError(500, "storing failed; see the server log");
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
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
            lock.unlock();
        }
    }
}
