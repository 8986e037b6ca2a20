package dateline.cli;

import dateline.store.EventQueries;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline sql}: any SQL on a read-only connection to the store. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run SQL on the store (read-only; tables in docs/store.md).")
final class SqlCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SQL", description = "The statement, e.g. \"SELECT code, count(*) FROM events GROUP BY 1\".")
    String sql;

    @Mixin
    StoreTable table;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            return table.print(st -> new EventQueries(st).sql(sql));
        } catch (SQLException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            spec.commandLine().getErr().println("dateline: sql: " + m.lines().findFirst().orElse(m));
            return 1;
        }
    }
}
