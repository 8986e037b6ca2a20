package dateline.article.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text from a page body: scripts and forms controls, hidden elements, navigation
 * landmarks, blocks whose class or id names them as furniture (share bars, newsletter boxes, comment
 * threads, ...), and blocks whose structure shows them to be furniture whatever their names: small forms
 * (sign-up, comment and login boxes) and comment threads. A block that holds most of the page's text is kept whatever its name says, because wrappers
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

    /** A form with fields and less text than this is a sign-up, comment, search or login box. */
    private static final int MAX_FORM_CHARS = 500;
    private static final int MIN_COMMENTS = 3;
    private static final int STRONG_THREAD = 2;
    private static final int WEAK_THREAD = 1;
    /** A comment thread without avatars or reply controls is kept when it holds more of the page's text. */
    private static final double MAX_THREAD_SHARE = 0.75;

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
        // Elements holding an author line (<cite>, <time>): only these can be comment threads or their items.
        Set<Element> authored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element a : body.select("cite, time")) {
            for (Element p = a.parent(); p != null && authored.add(p); p = p.parent()) {
                // marks every ancestor once
            }
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
            int thread = PROTECTED.contains(tag) || isArticleBody(e) || !authored.contains(e) ? 0
                    : commentThread(e, authored);
            if (thread == STRONG_THREAD && !guarded.contains(e)
                    || thread == WEAK_THREAD && c.paraChars <= MAX_THREAD_SHARE * paragraphs) {
                removed.add(e);
                e.remove();
                continue;
            }
            boolean big = c.chars > MAX_FURNITURE_SHARE * total || guarded.contains(e)
                    || paragraphs > 0 && c.paraChars > MAX_FURNITURE_SHARE * paragraphs
                    || paragraphs > 0 && c.paraChars > MIN_CONTENT_SHARE * paragraphs && CONTENT.matcher(names(e)).find();
            if (!big && !PROTECTED.contains(tag) && !isArticleBody(e)
                    && (LANDMARKS.contains(tag) || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                    || rules.isFurnitureName(names(e)) || isShortForm(e, c))) {
                removed.add(e);
                e.remove();
                continue;
            }
            stack.addAll(e.children());
        }
        return removed;
    }

    /**
     * A form with fields and little text: a newsletter sign-up, a comment box, a search or login form. (Some
     * sites wrap the whole page in one form; that one holds far more text.)
     */
    private static boolean isShortForm(Element e, TextStats.Counts c) {
        return e.normalName().equals("form") && c.chars < MAX_FORM_CHARS
                && !e.select("input:not([type=hidden]), textarea, select").isEmpty();
    }

    /**
     * A comment thread, told by its structure rather than its name: at least {@value #MIN_COMMENTS} sibling items
     * of one kind, each opening with an author line (a {@code <cite>} or {@code <time>}) before its paragraphs.
     * {@link #STRONG_THREAD} when the items also carry a reply control (a button, a link to a reply or comment
     * anchor); {@link #WEAK_THREAD} otherwise, because a live blog has dated
     * entries too (it is the article and holds most of the page's text, which keeps it); else {@code 0}.
     */
    private static int commentThread(Element e, Set<Element> authored) {
        if (e.childrenSize() < MIN_COMMENTS) {
            return 0;
        }
        int items = 0;
        int strong = 0;
        String kind = null;
        for (Element child : e.children()) {
            String k = child.normalName() + "." + child.className();
            if (kind == null) {
                kind = k;
            } else if (!kind.equals(k)) {
                continue;
            }
            if (!authored.contains(child)) {
                continue;
            }
            Element author = child.selectFirst("cite, time");
            Element para = child.selectFirst("p");
            if (author != null && para != null && precedes(child, author, para)) {
                items++;
                if (!child.select("button, a[href*=reply], a[href*=comment]").isEmpty()) {
                    strong++;
                }
            }
        }
        if (items < MIN_COMMENTS || items * 3 < e.childrenSize() * 2) {
            return 0;
        }
        return strong * 3 >= items * 2 ? STRONG_THREAD : WEAK_THREAD;
    }

    /** Whether {@code a} comes before {@code b} in document order under {@code root}. */
    private static boolean precedes(Element root, Element a, Element b) {
        for (Element x : root.getAllElements()) {
            if (x == a) {
                return true;
            }
            if (x == b) {
                return false;
            }
        }
        return false;
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
