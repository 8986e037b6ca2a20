package dateline.server;

import dateline.store.EventFilter;
import dateline.store.EventPages;
import dateline.store.SearchIndex;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The event filters shared by {@code GET /api/events} and {@code GET /api/export/events}, parsed and checked:
 * the {@code dateline query} filters plus exact matching (for drill-downs from the Network and Map views), both
 * directions, a full-text search over article texts ({@code q}) and a sort order.
 */
final class EventRequest {
    /** The filter parameters; each endpoint adds its own. */
    static final Set<String> FILTERS = Set.of("actor", "actor1", "actor2", "code", "root", "quad", "goldsteinMin",
            "goldsteinMax", "from", "to", "source", "place", "placeCountry", "exactActors", "exactPlace", "bothWays",
            "q", "sort", "dates");
    /** Most articles a text search ({@code q}) draws events from. */
    static final int MAX_SEARCH_ARTICLES = 10_000;

    final EventPages.Scope scope;
    final EventPages.Sort sort;

    private EventRequest(EventPages.Scope scope, EventPages.Sort sort) {
        this.scope = scope;
        this.sort = sort;
    }

    /** The parameters {@code FILTERS} plus {@code extra}. */
    static Set<String> allowing(String... extra) {
        Set<String> all = new HashSet<>(FILTERS);
        all.addAll(List.of(extra));
        return all;
    }

    static EventRequest parse(QueryParams q, StoreAccess store) {
        LocalDate from = q.date("from");
        LocalDate to = q.date("to");
        QueryParams.range(from, to);
        Double gMin = q.decimal("goldsteinMin", -10, 10);
        Double gMax = q.decimal("goldsteinMax", -10, 10);
        if (gMin != null && gMax != null && gMin > gMax) {
            throw ApiError.badRequest("goldsteinMin " + gMin + " is above goldsteinMax " + gMax);
        }
        String dates = q.string("dates");
        if (dates != null && !dates.equals("event") && !dates.equals("published")) {
            throw ApiError.badRequest("dates: '" + dates + "' is neither 'event' nor 'published'");
        }
        EventFilter f = new EventFilter(q.code("actor"), q.code("actor1"), q.code("actor2"), digits(q, "code"),
                digits(q, "root"), q.integer("quad", 1, 4), gMin, gMax, from, to, q.string("source"),
                q.string("place"), q.code("placeCountry"), 0, "published".equals(dates));
        List<String> articles = null;
        String text = q.string("q");
        if (text != null) {
            articles = store.search(text, null, null, MAX_SEARCH_ARTICLES).stream()
                    .map(SearchIndex.Hit::articleId).toList();
        }
        EventPages.Scope scope = new EventPages.Scope(f, q.flag("exactActors"), q.flag("exactPlace"),
                q.flag("bothWays"), articles);
        return new EventRequest(scope, sort(q.string("sort")));
    }

    private static EventPages.Sort sort(String v) {
        if (v == null) {
            return EventPages.Sort.NEWEST;
        }
        boolean desc = v.startsWith("-");
        String key = desc ? v.substring(1) : v;
        try {
            return new EventPages.Sort(EventPages.SortKey.valueOf(key.toLowerCase(Locale.ROOT)), desc);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("sort: '" + CodeRoute.abbreviate(v) + "' is not one of "
                    + String.join(", ", java.util.Arrays.stream(EventPages.SortKey.values()).map(Enum::name).toList())
                    + " (prefix '-' for descending)");
        }
    }

    private static String digits(QueryParams q, String name) {
        String v = q.string(name);
        if (v != null && !v.matches("\\d{1,4}")) {
            throw ApiError.badRequest(name + ": '" + CodeRoute.abbreviate(v) + "' is not a CAMEO code (digits)");
        }
        return v;
    }
}
