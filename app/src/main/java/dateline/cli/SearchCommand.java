package dateline.cli;

import dateline.store.EventQueries;
import dateline.store.SearchIndex;
import dateline.store.Store;
import dateline.store.Table;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline search "query"}: full-text search over stored articles, with the events found in each hit. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search article titles and text (Lucene syntax: words, \"phrases\", AND/OR/NOT), "
                + "listing each hit with its events.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "The search, e.g. \"border AND trade\".")
    String query;

    @Mixin
    StoreOption store;

    @Option(names = "--from", description = "Only articles dated on or after (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", description = "Only articles dated on or before (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--limit", defaultValue = "20", description = "Most hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "Output: ${COMPLETION-CANDIDATES}.")
    TableOutput.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store st = Store.openReadOnly(store.dir)) {
            List<SearchIndex.Hit> hits = SearchIndex.search(st.indexDirectory(), query, from, to, limit);
            Table events = new EventQueries(st).eventsOfArticles(hits.stream().map(SearchIndex.Hit::articleId).toList());
            List<List<Object>> rows = new ArrayList<>();
            for (SearchIndex.Hit h : hits) {
                List<Object> codes = new ArrayList<>();
                for (List<Object> e : events.rows()) {
                    if (h.articleId().equals(e.get(0))) {
                        codes.add(e.get(1) + ":" + e.get(3) + "-" + e.get(7) + "-" + e.get(5));
                    }
                }
                rows.add(List.of(h.articleId(), Math.round(h.score() * 1000) / 1000.0,
                        h.date() == null ? "" : h.date().toString(), h.title() == null ? "" : h.title(),
                        codes.size(), String.join(" ", codes.stream().map(Object::toString).toList())));
            }
            TableOutput.print(new Table(List.of("article_id", "score", "date", "title", "events",
                    "event_ids:source-code-target"), rows), format, out);
        }
        return 0;
    }
}
