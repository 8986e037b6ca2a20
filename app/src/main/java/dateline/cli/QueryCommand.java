package dateline.cli;

import dateline.store.EventFilter;
import dateline.store.EventQueries;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline query}: stored events by actor, code, class, Goldstein, date, source and place. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "List stored events (aggregated rows with their counts), filtered; newest first.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreTable table;

    @Option(names = "--actor", description = "Actor code prefix or country on either side (IRN, IRNGOV).")
    String actor;

    @Option(names = "--actor1", description = "Source actor code prefix or country.")
    String actor1;

    @Option(names = "--actor2", description = "Target actor code prefix or country.")
    String actor2;

    @Option(names = "--code", description = "CAMEO event code prefix (04, 042).")
    String code;

    @Option(names = "--root", description = "CAMEO root code (01-20).")
    String root;

    @Option(names = "--quad", description = "Quad class 1-4.")
    Integer quad;

    @Option(names = "--goldstein-min", description = "Lowest Goldstein weight.")
    Double goldsteinMin;

    @Option(names = "--goldstein-max", description = "Highest Goldstein weight.")
    Double goldsteinMax;

    @Option(names = "--from", description = "First day of the event date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", description = "Last day of the event date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--by-publication",
            description = "--from/--to select by the publication date of a mentioning article, not the event date.")
    boolean byPublication;

    @Option(names = "--source", description = "News source (agency, site or input), substring.")
    String source;

    @Option(names = "--place", description = "Place name, substring.")
    String place;

    @Option(names = "--place-country", description = "Place country, ISO alpha-3 or FIPS.")
    String placeCountry;

    @Option(names = "--limit", defaultValue = "100", description = "Most rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (quad != null && (quad < 1 || quad > 4)) {
            spec.commandLine().getErr().println("dateline: --quad must be 1 to 4, not " + quad);
            return 2;
        }
        EventFilter f = new EventFilter(actor, actor1, actor2, code, root, quad, goldsteinMin, goldsteinMax,
                from, to, source, place, placeCountry, limit, byPublication);
        return table.print(st -> new EventQueries(st).events(f));
    }
}
