import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Copies every event row k-1 times with new ids and earlier days: a big store without coding articles (the copies
 * have no mentions). Run by bench/lib.sh's scale_store: {@code java ScaleStore.java STORE.duckdb K}.
 */
public class ScaleStore {
    public static void main(String[] args) throws Exception {
        int k = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0]); Statement s = c.createStatement()) {
            s.execute("SET autoinstall_known_extensions=false");
            s.execute("SET autoload_known_extensions=false");
            long step;
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM events")) {
                r.next();
                step = r.getLong(1);
            }
            s.execute("INSERT INTO events SELECT e.* REPLACE (e.id + r.range * " + step + " AS id, "
                    + "e.day - CAST(r.range % 3650 AS INTEGER) AS day) FROM events e, range(1, " + k + ") r");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
                r.next();
                System.out.println("scaled the store to " + r.getLong(1) + " event rows");
            }
        }
    }
}
