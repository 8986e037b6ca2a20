package dateline.server;

import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.pipeline.CodedArticle;
import dateline.cameo.CameoCode;
import dateline.cameo.Codebook;
import dateline.store.AggregateReads;
import dateline.store.ArticleReads;
import dateline.store.EventPages;
import dateline.store.EventQueries;
import dateline.store.EventSeries;
import dateline.store.Table;
import dateline.store.Written;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The store's endpoints: {@code GET /api/events} (the {@code dateline query} filters, paginated),
 * {@code /api/events/{id}}, {@code /api/articles/{id}}, {@code /api/actors/{code}}, {@code /api/series},
 * {@code /api/search}, {@code /api/dyads}, {@code /api/places}, and {@code POST /api/articles} (ingest, bearer
 * token). Handlers parse and validate, call the store, and render JSON.
 */
final class StoreRoutes implements ApiRoutes {
    /** Rows per query of an export: bounds the memory an export holds, whatever the store's size. */
    static final int EXPORT_BATCH = 5_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreRoutes.class);
    private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
    private static final Pattern ACTOR_CODE = Pattern.compile("[A-Za-z0-9]{3,15}");
    /** Store columns renamed for the API; the rest go from snake_case to camelCase. */
    private static final Map<String, String> RENAMES = Map.of("day", "date", "source_code", "source",
            "target_code", "target", "place_name", "place", "place_country_iso3", "placeCountry", "source_url", "url");

    private final StoreAccess store;
    private final ArticleFiles files;
    private final ArticleCoder coder;
    private final Codebook codebook = Codebook.bundled();

    StoreRoutes(StoreAccess store, ArticleFiles files, ArticleCoder coder) {
        this.store = store;
        this.files = files;
        this.coder = coder;
    }

    @Override
    public boolean writable() {
        return store.writable();
    }

    @Override
    public void register(Javalin app, BearerToken token, ServerConfig config) {
        app.get("/api/events", this::events);
        app.get("/api/export/events", this::export);
        app.get("/api/actors", this::actorNames);
        app.get("/api/cameo", this::cameo);
        app.get("/api/events/{id}", this::event);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/actors/{code}", this::actor);
        app.get("/api/series", this::series);
        app.get("/api/search", this::search);
        app.get("/api/dyads", this::dyads);
        app.get("/api/places", this::places);
        app.post("/api/articles", ctx -> {
            token.require(ctx);
            ingest(ctx, config.maxBodyBytes());
        });
    }

    private void events(Context ctx) {
        QueryParams q = new QueryParams(ctx, EventRequest.allowing("limit", "offset", "format"));
        int limit = q.integer("limit", 1, 1000, 50);
        int offset = q.integer("offset", 0, Integer.MAX_VALUE, 0);
        String format = q.choice("format", List.of("json", "csv"), "json");
        EventRequest req = EventRequest.parse(q, store);
        Map<String, Object> page = store.read(s -> {
            EventPages pages = new EventPages(s);
            long total = pages.count(req.scope);
            if (total == 0) {
                unknownActors(q, req, pages, s);
            }
            Table t = pages.page(req.scope, req.sort, offset, limit);
            if (format.equals("csv")) {
                return Map.of("csv", t);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> row : t.rows()) {
                Map<String, Object> r = camel(t.columns(), row);
                r.put("codeName", codebook.get(String.valueOf(r.get("code"))).map(CameoCode::name).orElse(null));
                rows.add(r);
            }
            List<Long> ids = rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
            Map<Long, ArticleReads.FirstMention> links = new ArticleReads(s).firstMentions(ids);
            for (Map<String, Object> r : rows) {
                ArticleReads.FirstMention link = links.get(((Number) r.get("id")).longValue());
                if (link != null) {
                    r.put("articleId", link.articleId());
                    r.put("eventIndex", link.eventIndex());
                    r.put("title", link.title());
                    r.put("trigger", link.trigger());
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("offset", offset);
            m.put("limit", limit);
            m.put("total", total);
            m.put("hasMore", offset + rows.size() < total);
            m.put("sort", (req.sort.descending() ? "-" : "") + req.sort.key().name());
            m.put("events", rows);
            return m;
        });
        if (format.equals("csv")) {
            Table t = (Table) page.get("csv");
            StringBuilder b = new StringBuilder(Table.csvLine(t.columns())).append("\r\n");
            for (List<Object> row : t.rows()) {
                b.append(Table.csvLine(row)).append("\r\n");
            }
            ctx.contentType("text/csv; charset=utf-8").result(b.toString());
            return;
        }
        ctx.json(page);
    }

    /** With nothing found, an actor filter that matches no stored code is a mistake to name, with suggestions. */
    private static void unknownActors(QueryParams q, EventRequest req, EventPages pages, dateline.store.Store s)
            throws java.sql.SQLException {
        if (req.scope.exactActors()) {
            return;
        }
        for (String name : List.of("actor", "actor1", "actor2")) {
            String v = q.code(name);
            if (v != null && !pages.knownActor(v)) {
                List<AggregateReads.ActorName> like = new AggregateReads(s).actorNames(q.string(name), 5);
                String hint = like.isEmpty() ? "no actor name contains it either"
                        : "by name: " + String.join(", ", like.stream().map(a -> a.code() + " (" + a.name()
                                + ", " + a.events() + " events)").toList());
                throw ApiError.badRequest(name + ": no stored event has an actor code starting '" + v
                        + "' or of country " + v + "; " + hint);
            }
        }
    }

    /** Every event row in scope as CSV or JSON Lines, streamed in batches: no page limit, one store snapshot. */
    private void export(Context ctx) {
        QueryParams q = new QueryParams(ctx, EventRequest.allowing("format"));
        String format = q.choice("format", List.of("csv", "jsonl"), "csv");
        EventRequest req = EventRequest.parse(q, store);
        ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"dateline-events." + format + "\"");
        try {
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                    ctx.res().getOutputStream(), java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            long n = store.read(s -> {
                EventPages pages = new EventPages(s);
                List<String> cols = pages.columns();
                try {
                    if (format.equals("csv")) {
                        w.write(Table.csvLine(cols));
                        w.write("\r\n");
                    }
                    return pages.export(req.scope, EXPORT_BATCH, row -> {
                        if (format.equals("csv")) {
                            w.write(Table.csvLine(row));
                            w.write("\r\n");
                        } else {
                            Map<String, Object> m = new LinkedHashMap<>();
                            for (int i = 0; i < cols.size(); i++) {
                                m.put(cols.get(i), row.get(i));
                            }
                            w.write(ServerJson.MAPPER.writeValueAsString(m));
                            w.write('\n');
                        }
                    });
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            w.flush();
            LOG.info("exported {} event rows as {}", n, format);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // The client went away mid-stream: nothing to answer.
            LOG.info("event export cut off: {}", e.getMessage());
        }
    }

    /** The CAMEO codebook: code, name, quad class and Goldstein weight of every event code. */
    private void cameo(Context ctx) {
        new QueryParams(ctx, Set.of());
        List<Map<String, Object>> codes = new ArrayList<>();
        for (CameoCode c : codebook.all().stream().sorted(java.util.Comparator.comparing(CameoCode::code)).toList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", c.code());
            m.put("name", c.name());
            m.put("quadClass", c.quadClass());
            m.put("goldstein", c.goldstein());
            codes.add(m);
        }
        ctx.json(Map.of("codes", codes));
    }

    private void actorNames(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("q", "limit"));
        String name = q.string("q");
        if (name == null) {
            throw ApiError.badRequest("q: give part of an actor's name or code (e.g. Iran)");
        }
        int limit = q.integer("limit", 1, 100, 10);
        ctx.json(Map.of("query", name, "actors", store.read(s -> new AggregateReads(s).actorNames(name, limit))));
    }

    static Map<String, Object> camel(List<String> columns, List<Object> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            String name = RENAMES.get(c);
            if (name == null) {
                StringBuilder b = new StringBuilder();
                boolean up = false;
                for (char ch : c.toCharArray()) {
                    if (ch == '_') {
                        up = true;
                    } else {
                        b.append(up ? Character.toUpperCase(ch) : ch);
                        up = false;
                    }
                }
                name = b.toString();
            }
            m.put(name, row.get(i));
        }
        return m;
    }

    private void event(Context ctx) {
        new QueryParams(ctx, Set.of());
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("event id '" + CodeRoute.abbreviate(ctx.pathParam("id")) + "' is not a number");
        }
        found(ctx, store.read(s -> new ArticleReads(s).event(id)), "no event " + id);
    }

    /** Renders an item looked up in the store, or answers 404 with {@code missing} when there is none. */
    private static void found(Context ctx, Object item, String missing) {
        if (item == null) {
            throw ApiError.notFound(missing);
        }
        ctx.json(item);
    }

    private void article(Context ctx) {
        new QueryParams(ctx, Set.of());
        String id = ctx.pathParam("id");
        if (!ARTICLE_ID.matcher(id).matches()) {
            throw ApiError.badRequest("article id '" + CodeRoute.abbreviate(id) + "' is malformed");
        }
        found(ctx, store.read(s -> new ArticleReads(s).article(id)), "no article " + id);
    }

    private void actor(Context ctx) {
        new QueryParams(ctx, Set.of());
        String code = ctx.pathParam("code");
        if (!ACTOR_CODE.matcher(code).matches()) {
            throw ApiError.badRequest("actor code '" + CodeRoute.abbreviate(code) + "' is not a CAMEO actor code");
        }
        String c = code.toUpperCase(Locale.ROOT);
        found(ctx, store.read(s -> new AggregateReads(s).actor(c)), "no events with actor " + c);
    }

    private void series(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("actor1", "actor2", "by", "bothWays", "from", "to"));
        String a1 = q.code("actor1");
        String a2 = q.code("actor2");
        if (a1 == null || a2 == null) {
            throw ApiError.badRequest("give both actor1 and actor2 (codes or countries, e.g. IRN and IRQ)");
        }
        String by = q.choice("by", List.of("day", "month", "year"), "month");
        EventQueries.Period period = EventQueries.Period.valueOf(by);
        boolean both = q.flag("bothWays");
        LocalDate from = q.date("from");
        LocalDate to = q.date("to");
        QueryParams.range(from, to);
        List<EventSeries.Point> series = store.read(s -> new EventSeries(s).series(a1, a2, period, both, from, to));
        List<Map<String, Object>> points = new ArrayList<>();
        for (EventSeries.Point pt : series) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("period", pt.period());
            p.put("start", pt.start().toString());
            p.put("count", pt.events());
            p.put("mentions", pt.mentions());
            p.put("meanGoldstein", pt.meanGoldstein());
            Map<String, Long> quads = new LinkedHashMap<>();
            for (int i = 0; i < 4; i++) {
                quads.put(String.valueOf(i + 1), pt.byQuad()[i]);
            }
            p.put("byQuad", quads);
            p.put("forward", pt.forward());
            p.put("backward", pt.backward());
            p.put("allEvents", pt.allEvents());
            points.add(p);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("actor1", a1);
        out.put("actor2", a2);
        out.put("by", period.name());
        out.put("bothWays", both);
        out.put("points", points);
        ctx.json(out);
    }

    private void search(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("q", "limit", "from", "to"));
        String query = q.string("q");
        if (query == null) {
            throw ApiError.badRequest("q: give a search query (Lucene syntax)");
        }
        int limit = q.integer("limit", 1, 100, 20);
        LocalDate from = q.date("from");
        LocalDate to = q.date("to");
        QueryParams.range(from, to);
        // A hit renders as it is: {articleId, score, title, date}.
        ctx.json(Map.of("query", query, "hits", store.search(query, from, to, limit)));
    }

    private void dyads(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("actor", "from", "to", "quad", "min", "top", "limit"));
        String actor = q.code("actor");
        LocalDate from = q.date("from");
        LocalDate to = q.date("to");
        QueryParams.range(from, to);
        Integer quad = q.integer("quad", 1, 4);
        int min = q.integer("min", 1, 1_000_000, 1);
        int top = q.integer("top", 1, 1000, 30);
        int limit = q.integer("limit", 1, 1000, 300);
        ctx.json(store.read(s -> new AggregateReads(s).dyads(actor, from, to, quad, min, top, limit)));
    }

    private void places(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("actor", "quad", "from", "to", "limit"));
        String actor = q.code("actor");
        Integer quad = q.integer("quad", 1, 4);
        LocalDate from = q.date("from");
        LocalDate to = q.date("to");
        QueryParams.range(from, to);
        int limit = q.integer("limit", 1, 5000, 2000);
        ctx.json(store.read(s -> new AggregateReads(s).places(actor, quad, from, to, limit)));
    }

    private void ingest(Context ctx, long maxBodyBytes) {
        if (!store.writable()) {
            throw new ApiError(403, "the store is open read-only");
        }
        CodeRoute.Posted posted = CodeRoute.posted(ctx, maxBodyBytes);
        Article article = CodeRoute.read(files, posted);
        CodedArticle coded = coder.code(article);
        Written w = store.write(List.of(coded)).get(0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articleId", w.articleId());
        m.put("status", w.status().name());
        m.put("events", w.events());
        m.put("duplicateOf", w.duplicate() == null ? null : w.duplicate().original());
        m.put("replaced", w.replaced());
        ctx.status(w.status() == Written.Status.ALREADY_STORED ? 200 : 201).json(m);
    }
}
