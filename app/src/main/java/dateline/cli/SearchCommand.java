package dateline.cli;

import dateline.store.EventQueries;
import dateline.store.SearchIndex;
import dateline.store.Store;
import dateline.store.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline search "query"}: full-text search over stored articles, with the events found in each hit. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search article titles and text (Lucene syntax: words, \"phrases\", AND/OR/NOT), "
                + "listing each hit with its events.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "The search, e.g. \"border AND trade\".")
    String query;

    @Mixin
    StoreTable table;

    @Option(names = "--from", description = "Only articles dated on or after (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", description = "Only articles dated on or before (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--limit", defaultValue = "20", description = "Most hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        return table.print(this::hits);
    }

    /** The hits, each with the events of its article as {@code id:source-code-target}. */
    private Table hits(Store st) throws Exception {
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
        return new Table(List.of("article_id", "score", "date", "title", "events",
                "event_ids:source-code-target"), rows);
    }
}
