package dateline.server;

import dateline.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read connections for concurrent requests: each read borrows its own {@link Store#reader()} (a duplicated DuckDB
 * connection on the same database instance), so reads run side by side and never wait for a write in progress.
 * Each read runs in one transaction, so all of a request's statements see the same committed state: never part of
 * a batch, and never two different commits in one response. Connections are made on demand up to {@code size} and
 * kept for reuse; a read that finds all of them busy for {@code wait} gets a 503.
 */
final class ReaderPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderPool.class);

    private final Store store;
    private final int size;
    private final Duration wait;
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<Store> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    ReaderPool(Store store, int size, Duration wait) {
        if (size < 1) {
            throw new IllegalArgumentException("reader pool size must be at least 1");
        }
        this.store = store;
        this.size = size;
        this.wait = wait;
        this.permits = new Semaphore(size);
    }

    /** Runs {@code work} on a read connection inside one read transaction. */
    <T> T read(StoreAccess.Work<T> work) throws SQLException {
        acquire();
        Store reader = null;
        try {
            reader = borrow();
            Connection c = reader.connection();
            c.setAutoCommit(false);
            try {
                return work.run(reader);
            } finally {
                // Nothing was written; ending the transaction releases its snapshot.
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            // A connection whose transaction could not be ended is not reused.
            if (reader != null && !usable(reader)) {
                closeQuietly(reader);
                reader = null;
            }
            throw e;
        } finally {
            giveBack(reader);
            permits.release();
        }
    }

    private void acquire() {
        if (closed) {
            throw new ApiError(503, "the server is shutting down");
        }
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiError(503, "all " + size + " store readers are busy; try again later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "interrupted while waiting for a store reader");
        }
    }

    private Store borrow() {
        Store r = idle.poll();
        return r != null ? r : store.reader();
    }

    private void giveBack(Store reader) {
        if (reader == null) {
            return;
        }
        if (closed) {
            closeQuietly(reader);
            return;
        }
        idle.offer(reader);
        if (closed && idle.remove(reader)) {
            closeQuietly(reader); // closed meanwhile: close() may already have drained the queue
        }
    }

    private static boolean usable(Store reader) {
        try {
            Connection c = reader.connection();
            return !c.isClosed() && c.getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    /** Closes the idle connections; those in use close when their read ends. */
    @Override
    public void close() {
        closed = true;
        for (Store r; (r = idle.poll()) != null; ) {
            closeQuietly(r);
        }
    }

    private static void closeQuietly(Store reader) {
        try {
            reader.close();
        } catch (RuntimeException e) {
            LOG.warn("closing a store reader: {}", e.toString());
        }
    }
}
