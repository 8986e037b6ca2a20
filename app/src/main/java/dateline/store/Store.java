package dateline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * A Dateline store: a directory holding the DuckDB database {@value #DB_FILE} and the Lucene index
 * {@value #INDEX_DIR}/. Opening it read-write creates it if needed and migrates it to
 * {@link Migrations#CURRENT}; opening it read-only never changes it.
 */
public final class Store implements AutoCloseable {
    /** The database file inside the store directory. */
    public static final String DB_FILE = "dateline.duckdb";
    /** The search index directory inside the store directory. */
    public static final String INDEX_DIR = "index";

    private final Path dir;
    private final Connection connection;
    private final boolean readOnly;
    private final java.util.List<AutoCloseable> dependents = new java.util.ArrayList<>();

    private Store(Path dir, Connection connection, boolean readOnly) {
        this.dir = dir;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens (creating if absent) the store in {@code dir} for writing, migrating it to the current schema. */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("store " + dir + ": cannot create directory (" + e.getMessage() + ")", e);
        }
        Connection c = connect(dir, false);
        try {
            new Migrations().migrate(c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw new StoreException("store " + dir + ": migration failed (" + e.getMessage() + ")", e);
        }
        return new Store(dir, c, false);
    }

    /** Opens an existing store for reading: no writes are possible through it. */
    public static Store openReadOnly(Path dir) {
        if (!Files.exists(dir.resolve(DB_FILE))) {
            throw new StoreException("store " + dir + ": no such store (run 'dateline ingest' first)");
        }
        Connection c = connect(dir, true);
        try {
            int v = Migrations.version(c);
            if (v == 0) {
                closeQuietly(c);
                throw new StoreException("store " + dir + ": empty, no schema yet (an ingest stopped before it "
                        + "created one; run 'dateline ingest')");
            }
            if (v != Migrations.CURRENT) {
                closeQuietly(c);
                throw new StoreException("store " + dir + ": schema version " + v + ", this Dateline reads version "
                        + Migrations.CURRENT + " (run 'dateline ingest' once to migrate it)");
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("store " + dir + ": not a Dateline store (" + e.getMessage() + ")", e);
        }
        return new Store(dir, c, true);
    }

    /**
     * A configured DuckDB connection to the store's database. Extension auto-install and auto-load are off on
     * every connection: nothing may download at run time, and a missing extension should fail at once rather
     * than after a network time-out.
     */
    static Connection connect(Path dir, boolean readOnly) {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DB_FILE).toAbsolutePath(), p);
            configure(c);
            return c;
        } catch (SQLException e) {
            String m = firstLine(e.getMessage());
            if (m.contains("Could not set lock")) {
                // DuckDB allows one process to write a database and no other process to read it meanwhile.
                throw new StoreException("store " + dir + ": in use by another process (an ingest or a server "
                        + "writing it); try again when it has finished (" + m + ")", e);
            }
            throw new StoreException("store " + dir + ": cannot open database (" + m + ")", e);
        }
    }

    /**
     * A view of this store for reading from another thread while it is being written (a server answering queries
     * during an ingest). It has its own connection on the same DuckDB database instance, so every statement sees the
     * state of the last commit: never part of a batch. Close it when done; the store stays open.
     *
     * <p>Why not {@link #openReadOnly} in the same process: DuckDB keeps one database instance per file per process.
     * Opening the file read-only while the writer's instance is alive fails ("different configuration"), and while
     * that instance is kept alive only by an unclosed statement it waits until the statement closes.
     */
    public synchronized Store reader() {
        try {
            Connection c = ((DuckDBConnection) connection).duplicate();
            configure(c);
            return new Store(dir, c, true);
        } catch (SQLException e) {
            throw new StoreException("store " + dir + ": cannot open a reader (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static void configure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET autoinstall_known_extensions=false");
            s.execute("SET autoload_known_extensions=false");
        }
    }

    /** The JDBC connection; owned by this store, closed with it. Not for concurrent use. */
    public Connection connection() {
        return connection;
    }

    public Path directory() {
        return dir;
    }

    public Path indexDirectory() {
        return dir.resolve(INDEX_DIR);
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Registers something to close before the connection (a writer's statements keep the database open). */
    synchronized void closeWith(AutoCloseable dependent) {
        dependents.add(dependent);
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable d : dependents) {
            try {
                d.close();
            } catch (Exception ignored) {
                // the connection close below reports what matters
            }
        }
        dependents.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("store " + dir + ": close failed (" + e.getMessage() + ")", e);
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }
}
