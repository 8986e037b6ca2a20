package dateline.article.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text from a page body: scripts and forms controls, hidden elements, navigation
 * landmarks, and blocks whose class or id names them as furniture (share bars, newsletter boxes, comment
 * threads, ...). A block that holds most of the page's text is kept whatever its name says, because wrappers
 * often carry names such as "page-with-sidebar".
 */
final class DomCleaner {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "button", "input", "select", "textarea", "option", "object", "embed", "video", "audio", "map",
            "link", "meta", "head", "title", "dialog", "math");
    private static final Set<String> LANDMARKS = Set.of("nav", "aside", "footer");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "menu", "menubar", "dialog", "alertdialog", "search", "toolbar", "tablist", "tooltip");
    private static final Set<String> PROTECTED = Set.of("html", "body", "article", "main");
    /** A furniture-named block is kept when it holds more than this share of the body's text. */
    private static final double MAX_FURNITURE_SHARE = 0.45;

    /** ...or, when its name also says "article", "story", "content" or the like, a fifth of it. */
    private static final double MIN_CONTENT_SHARE = 0.2;
    private static final java.util.regex.Pattern CONTENT = java.util.regex.Pattern.compile(
            "(?i)article|body|content|story|entry|post|text|main|prose");

    private final BoilerplateRules rules;

    DomCleaner(BoilerplateRules rules) {
        this.rules = rules;
    }

    /** Cleans {@code body} in place; returns the furniture blocks removed by name, for related-link harvesting. */
    List<Element> clean(Element body) {
        TextStats stats = TextStats.of(body);
        int total = Math.max(1, stats.get(body).chars);
        int paragraphs = stats.get(body).paraChars;
        Set<Element> guarded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element b : body.getElementsByAttributeValueContaining("itemprop", "articleBody")) {
            guarded.addAll(b.parents());
        }
        List<Element> removed = new ArrayList<>();
        List<Element> stack = new ArrayList<>(body.children());
        while (!stack.isEmpty()) {
            Element e = stack.remove(stack.size() - 1);
            String tag = e.normalName();
            if (NEVER_TEXT.contains(tag) || isHidden(e)) {
                e.remove();
                continue;
            }
            TextStats.Counts c = stats.get(e);
            boolean big = c.chars > MAX_FURNITURE_SHARE * total || guarded.contains(e)
                    || paragraphs > 0 && c.paraChars > MAX_FURNITURE_SHARE * paragraphs
                    || paragraphs > 0 && c.paraChars > MIN_CONTENT_SHARE * paragraphs && CONTENT.matcher(names(e)).find();
            if (!big && !PROTECTED.contains(tag) && !isArticleBody(e)
                    && (LANDMARKS.contains(tag) || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                    || rules.isFurnitureName(names(e)))) {
                removed.add(e);
                e.remove();
                continue;
            }
            stack.addAll(e.children());
        }
        return removed;
    }

    static String names(Element e) {
        String id = e.id();
        String cls = e.className();
        if (id.isEmpty()) {
            return cls;
        }
        return cls.isEmpty() ? id : id + " " + cls;
    }

    static boolean isArticleBody(Element e) {
        return e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody");
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
