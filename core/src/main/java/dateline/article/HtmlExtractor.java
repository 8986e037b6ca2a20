package dateline.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in an HTML page: its main text and metadata. This first version takes the
 * {@code <article>}/{@code itemprop=articleBody} element, else the element holding the most paragraph text.
 */
public final class HtmlExtractor {

    public Extraction extract(Document doc) {
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
        Element found = doc.selectFirst("[itemprop=articleBody]");
        if (found == null) {
            found = doc.selectFirst("article");
        }
        final Element body = found != null ? found : densest(doc);
        List<String> paragraphs = new ArrayList<>();
        if (body != null) {
            for (Element p : body.select("p, h2, h3, li, blockquote")) {
                String t = p.text().strip();
                if (!t.isEmpty() && p.parents().stream().noneMatch(a -> a.is("p, li, blockquote") && body != a
                        && a.parents().contains(body))) {
                    paragraphs.add(t);
                }
            }
            if (paragraphs.isEmpty()) {
                paragraphs.add(body.text());
            }
        }
        String title = meta(doc, "og:title");
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null ? h1.text() : doc.title();
        }
        String lang = doc.selectFirst("html") != null ? doc.selectFirst("html").attr("lang") : "";
        return new Extraction(String.join("\n\n", paragraphs), blankToNull(title), List.of(),
                date(meta(doc, "article:published_time")), meta(doc, "og:url"), meta(doc, "og:site_name"),
                lang.isBlank() ? null : lang.substring(0, Math.min(2, lang.length())), List.of());
    }

    private static Element densest(Document doc) {
        Element best = null;
        int bestLen = 0;
        for (Element e : doc.select("div, section, main, td")) {
            int len = 0;
            for (Element p : e.children()) {
                if (p.is("p")) {
                    len += p.text().length();
                }
            }
            if (len > bestLen) {
                bestLen = len;
                best = e;
            }
        }
        return best != null ? best : doc.body();
    }

    private static String meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s.substring(0, Math.min(10, s.length())));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
