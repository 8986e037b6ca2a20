package dateline.article.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata, trying sources from the most to the least deliberate: JSON-LD, OpenGraph,
 * {@code <meta>} tags, microdata, {@code <time>}, the visible byline, the URL. Dates must not lie in the future
 * and, before 1990, must also be written in the page's visible text (old dates are mostly template defaults).
 */
public final class MetadataReader {
    private static final LocalDate OLDEST_USUAL = LocalDate.of(1990, 1, 1);
    private static final String[] PUBLISHED_OG = {"article:published_time", "og:published_time",
        "og:article:published_time", "article:published"};
    private static final String[] PUBLISHED_META = {"datePublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
        "dcterms.issued", "sailthru.date", "parsely-pub-date", "citation_publication_date", "article.published",
        "originalpublicationdate", "displaydate"};
    private static final String[] MODIFIED_OG = {"article:modified_time", "og:updated_time", "article:modified"};
    private static final String[] MODIFIED_META = {"dateModified", "last-modified", "lastmod", "dcterms.modified",
        "article.updated", "revised"};
    private static final String[] AUTHOR_META = {"author", "parsely-author", "sailthru.author", "dc.creator",
        "dcterms.creator", "byl", "article.author", "cxenseparse:author"};
    private static final String[] SECTION_META = {"section", "parsely-section", "article.section", "category"};
    private static final Pattern LANG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");

    /** Reads the metadata of {@code doc}; dates after {@code today} are rejected. */
    public PageMetadata read(Document doc, LocalDate today) {
        JsonLd ld = JsonLd.of(doc);
        Map<String, String> metas = metas(doc);
        Map<String, Provenance> prov = new LinkedHashMap<>();
        DateCheck check = new DateCheck(doc, today);

        String site = first(prov, "siteName", metas.get("og:site_name"), Provenance.OPEN_GRAPH, ld.publisher(),
                Provenance.JSON_LD, metas.get("application-name"), Provenance.META);
        String title = title(doc, ld, metas, site, prov);

        List<String> authors = authors(doc, ld, metas, site, prov);

        LocalDate published = null;
        published = date(prov, "published", ld.datePublished(), Provenance.JSON_LD, check);
        published = published != null ? published : metaDate(prov, "published", metas, PUBLISHED_OG,
                Provenance.OPEN_GRAPH, check);
        published = published != null ? published : metaDate(prov, "published", metas, PUBLISHED_META,
                Provenance.META, check);
        published = published != null ? published : elementDate(prov, "published", doc,
                "[itemprop=datePublished]", Provenance.MICRODATA, check);
        published = published != null ? published : elementDate(prov, "published", doc,
                "time[pubdate], time[datetime]", Provenance.TIME, check);

        LocalDate modified = date(prov, "modified", ld.dateModified(), Provenance.JSON_LD, check);
        modified = modified != null ? modified : metaDate(prov, "modified", metas, MODIFIED_OG,
                Provenance.OPEN_GRAPH, check);
        modified = modified != null ? modified : metaDate(prov, "modified", metas, MODIFIED_META,
                Provenance.META, check);
        modified = modified != null ? modified : elementDate(prov, "modified", doc, "[itemprop=dateModified]",
                Provenance.MICRODATA, check);
        if (modified != null && published != null && modified.isBefore(published)) {
            modified = null;
            prov.remove("modified");
        }

        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = first(prov, "url", absolute(canonical == null ? null : canonical.absUrl("href")),
                Provenance.LINK, absolute(metas.get("og:url")), Provenance.OPEN_GRAPH, absolute(ld.url()),
                Provenance.JSON_LD, absolute(doc.location()), Provenance.URL);
        if (published == null) {
            LocalDate fromUrl = PageDates.fromUrl(url != null ? url : doc.location());
            if (fromUrl != null && check.ok(fromUrl)) {
                published = fromUrl;
                prov.put("published", Provenance.URL);
            }
        }

        Element html = doc.selectFirst("html");
        String language = first(prov, "language", lang(html == null ? null : html.attr("lang")), Provenance.HTML_LANG,
                lang(metas.get("content-language")), Provenance.HTML_LANG, lang(metas.get("language")),
                Provenance.META, lang(metas.get("og:locale")), Provenance.OPEN_GRAPH, lang(ld.language()),
                Provenance.JSON_LD);
        String section = first(prov, "section", metas.get("article:section"), Provenance.OPEN_GRAPH, ld.section(),
                Provenance.JSON_LD, firstMeta(metas, SECTION_META), Provenance.META);
        boolean articleType = ld.hasArticle() || "article".equalsIgnoreCase(metas.getOrDefault("og:type", ""));
        return new PageMetadata(title, authors, published, modified, url, site, language, section, prov,
                ld.articleBody(), articleType);
    }

    /** Meta tags by lower-cased name, property, itemprop or http-equiv; the first of each name wins. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.hasAttr("content") ? m.attr("content").strip() : "";
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    out.putIfAbsent(k, content);
                }
            }
        }
        return out;
    }

    private static String title(Document doc, JsonLd ld, Map<String, String> metas, String site,
            Map<String, Provenance> prov) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String heading = h1 == null ? null : h1.text();
        return first(prov, "title", ld.headline(), Provenance.JSON_LD,
                withoutSite(metas.get("og:title"), site), Provenance.OPEN_GRAPH,
                withoutSite(metas.get("twitter:title"), site), Provenance.META, heading, Provenance.HEADING,
                withoutSite(doc.title(), site), Provenance.TITLE_TAG);
    }

    /** Drops a " | Site" or " - Site" suffix from a title. */
    static String withoutSite(String title, String site) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        if (site != null && !site.isBlank()) {
            for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
                if (t.endsWith(sep + site)) {
                    return t.substring(0, t.length() - sep.length() - site.length()).strip();
                }
                if (t.startsWith(site + sep)) {
                    return t.substring(site.length() + sep.length()).strip();
                }
            }
        }
        int bar = t.lastIndexOf(" | ");
        return bar > 15 ? t.substring(0, bar).strip() : t;
    }

    private static List<String> authors(Document doc, JsonLd ld, Map<String, String> metas, String site,
            Map<String, Provenance> prov) {
        List<String> names = cleanAll(ld.authors(), site);
        Provenance from = Provenance.JSON_LD;
        if (names.isEmpty()) {
            for (String key : AUTHOR_META) {
                String v = metas.get(key.toLowerCase(Locale.ROOT));
                if (v != null && !v.startsWith("http")) {
                    names = AuthorNames.clean(v, site);
                    from = Provenance.META;
                    if (!names.isEmpty()) {
                        break;
                    }
                }
            }
        }
        if (names.isEmpty()) {
            String v = metas.get("article:author");
            if (v != null && !v.startsWith("http")) {
                names = AuthorNames.clean(v, site);
                from = Provenance.OPEN_GRAPH;
            }
        }
        if (names.isEmpty()) {
            List<String> raw = new ArrayList<>();
            for (Element e : doc.select("[itemprop=author]")) {
                Element name = e.selectFirst("[itemprop=name]");
                raw.add(name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
                        : e.hasAttr("content") ? e.attr("content") : e.text());
            }
            names = cleanAll(raw, site);
            from = Provenance.MICRODATA;
        }
        if (names.isEmpty()) {
            List<String> raw = new ArrayList<>();
            for (Element e : doc.select("a[rel=author], .byline, .author-name, .byline__name, .author")) {
                if (e.text().length() <= 120) {
                    raw.add(e.text());
                }
            }
            names = cleanAll(raw, site);
            from = Provenance.BYLINE;
        }
        if (!names.isEmpty()) {
            prov.put("authors", from);
        }
        return names;
    }

    private static List<String> cleanAll(List<String> raw, String site) {
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            for (String n : AuthorNames.clean(r, site)) {
                if (out.stream().noneMatch(n::equalsIgnoreCase)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static LocalDate date(Map<String, Provenance> prov, String field, String value, Provenance from,
            DateCheck check) {
        LocalDate d = PageDates.parse(value);
        if (d != null && check.ok(d)) {
            prov.put(field, from);
            return d;
        }
        return null;
    }

    private static LocalDate metaDate(Map<String, Provenance> prov, String field, Map<String, String> metas,
            String[] keys, Provenance from, DateCheck check) {
        for (String k : keys) {
            LocalDate d = date(prov, field, metas.get(k.toLowerCase(Locale.ROOT)), from, check);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate elementDate(Map<String, Provenance> prov, String field, Document doc, String query,
            Provenance from, DateCheck check) {
        for (Element e : doc.select(query)) {
            if (e.normalName().equals("meta")) {
                continue;
            }
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            LocalDate d = date(prov, field, v, from, check);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String firstMeta(Map<String, String> metas, String[] keys) {
        for (String k : keys) {
            String v = metas.get(k);
            if (v != null && v.length() <= 80) {
                return v;
            }
        }
        return null;
    }

    private static String absolute(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        return u.startsWith("http://") || u.startsWith("https://") ? u : null;
    }

    private static String lang(String s) {
        if (s == null) {
            return null;
        }
        var m = LANG.matcher(s.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The first non-blank value of (value, provenance) pairs, recording its provenance under {@code field}. */
    private static String first(Map<String, Provenance> prov, String field, Object... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i] instanceof String s && !s.isBlank()) {
                prov.put(field, (Provenance) pairs[i + 1]);
                return s.strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    /** Sanity checks on dates: none after today; none before 1990 unless the page's visible text names the year. */
    private static final class DateCheck {
        private final Document doc;
        private final LocalDate today;
        private String visible;

        DateCheck(Document doc, LocalDate today) {
            this.doc = doc;
            this.today = today;
        }

        boolean ok(LocalDate d) {
            if (today != null && d.isAfter(today)) {
                return false;
            }
            if (!d.isBefore(OLDEST_USUAL)) {
                return true;
            }
            if (visible == null) {
                visible = doc.body() == null ? "" : doc.body().text();
            }
            return visible.contains(String.valueOf(d.getYear()));
        }
    }
}
