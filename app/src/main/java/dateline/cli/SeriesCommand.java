package dateline.cli;

import dateline.store.EventQueries;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline series IRN USA --by month}: an actor-pair time series. */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = "Events from ACTOR1 to ACTOR2 per period: event rows, mentions, mean Goldstein.")
final class SeriesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ACTOR1", description = "Source actor code prefix or country.")
    String actor1;

    @Parameters(index = "1", paramLabel = "ACTOR2", description = "Target actor code prefix or country.")
    String actor2;

    @Option(names = "--by", defaultValue = "month", description = "Period: ${COMPLETION-CANDIDATES}.")
    EventQueries.Period by;

    @Option(names = "--both-ways", description = "Count events in either direction.")
    boolean both;

    @Mixin
    StoreTable table;

    @Override
    public Integer call() throws Exception {
        return table.print(st -> new EventQueries(st).series(actor1, actor2, by, both));
    }
}
