package dateline.article.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element(s) that hold an article's text in a cleaned page body. Paragraph-like blocks give points to
 * their ancestors (more to the nearest), weighted by length and commas; the element with the best score after
 * discounting link text wins, and siblings that look like more of the same text are added to it. Semantic
 * markup ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}) and class names such as "content"
 * or "story" move the scores, but only text decides.
 */
final class ContentLocator {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "ul", "center", "summary", "caption", "body", "html");
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "blockquote");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|hidden|banner|combx|comment|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo"
                    + "|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser"
                    + "|card|recirc|newsletter|trending|popular");
    private static final int MIN_PARAGRAPH = 25;
    /** Own text of a container (beside its blocks) shorter than this is a label, not running text. */
    private static final int MIN_MIXED_TEXT = 80;
    /** Containers whose own text (beside their blocks) is scored as a paragraph. */
    private static final Set<String> MIXED = Set.of("div", "section", "article", "main", "td");

    private final Map<Element, double[]> scores = new IdentityHashMap<>();
    private final TextStats stats;

    private ContentLocator(TextStats stats) {
        this.stats = stats;
    }

    /** The elements holding the article text in {@code body}, in document order; empty when none qualifies. */
    static List<Element> locate(Element body) {
        TextStats stats = TextStats.of(body);
        Element semantic = articleBodyElement(body, stats);
        if (semantic != null) {
            return List.of(semantic);
        }
        return new ContentLocator(stats).byScore(body);
    }

    /** The largest {@code itemprop=articleBody} element holding real text, else null. */
    private static Element articleBodyElement(Element body, TextStats stats) {
        Element best = null;
        int bestChars = 0;
        for (Element e : body.getElementsByAttributeValueContaining("itemprop", "articleBody")) {
            int chars = stats.get(e).chars;
            if (chars > bestChars) {
                best = e;
                bestChars = chars;
            }
        }
        return bestChars >= 250 ? best : null;
    }

    private List<Element> byScore(Element body) {
        for (Element e : body.getAllElements()) {
            boolean paragraph = isParagraph(e);
            // Text written straight into a container that also holds blocks (runs of text between <br>s beside an
            // ad slot) is running text of that container: it scores the container itself.
            TextStats.Counts c = paragraph ? stats.get(e) : MIXED.contains(e.normalName()) ? inlineCounts(e) : null;
            if (c == null || c.chars < (paragraph ? MIN_PARAGRAPH : MIN_MIXED_TEXT)) {
                continue;
            }
            double content = 1 + c.commas + Math.min(c.chars / 100, 3);
            content *= 1 - Math.min(0.9, c.linkDensity());
            Element a = paragraph ? e.parent() : e;
            for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                score(a)[0] += content / divider;
                if (a == body) {
                    break;
                }
            }
        }
        Element top = null;
        double topScore = 0;
        List<Element> candidates = new ArrayList<>();
        for (Map.Entry<Element, double[]> en : scores.entrySet()) {
            Element e = en.getKey();
            double s = en.getValue()[0] * (1 - stats.get(e).linkDensity());
            en.getValue()[0] = s;
            candidates.add(e);
            if (s > topScore) {
                topScore = s;
                top = e;
            }
        }
        if (top == null) {
            return List.of();
        }
        top = commonAncestorOfAlternatives(top, topScore, candidates, body);
        while (top != body && top.parent() != null && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        List<Element> chosen = withSiblings(top, body);
        List<Element> twins = twins(top, body, Math.max(10, score(top)[0] * 0.2));
        if (twins.isEmpty()) {
            return chosen;
        }
        List<Element> all = new ArrayList<>(chosen);
        for (Element t : twins) {
            if (all.stream().noneMatch(c -> c == t || isAncestor(c, t) || isAncestor(t, c))) {
                all.add(t);
            }
        }
        Map<Element, Integer> order = new IdentityHashMap<>();
        int i = 0;
        for (Element e : body.getAllElements()) {
            order.put(e, i++);
        }
        all.sort(java.util.Comparator.comparingInt(e -> order.getOrDefault(e, Integer.MAX_VALUE)));
        return all;
    }

    /**
     * Elements built like the top candidate (same tag and class) that also hold running text: sites that split
     * an article into chunks, around ads or by section, repeat the container's markup for each chunk.
     */
    private List<Element> twins(Element top, Element body, double threshold) {
        String cls = top.className().strip();
        if (cls.isEmpty() || top == body) {
            return List.of();
        }
        List<Element> out = new ArrayList<>();
        for (Element e : body.getElementsByClass(cls.split("\\s+")[0])) {
            if (e == top || !e.normalName().equals(top.normalName()) || !e.className().strip().equals(cls)
                    || isAncestor(e, top) || isAncestor(top, e)) {
                continue;
            }
            double[] s = scores.get(e);
            TextStats.Counts c = stats.get(e);
            // Teaser cards share markup too; they carry a linked headline, which the link density catches.
            if (c.linkDensity() < 0.25 && (c.paraChars >= 200 || s != null && s[0] >= threshold)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Counts of the text directly inside {@code e}: its text nodes and inline children, not its blocks. */
    private TextStats.Counts inlineCounts(Element e) {
        TextStats.Counts c = new TextStats.Counts();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.getWholeText();
                c.chars += TextStats.collapsedLength(s);
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) == ',') {
                        c.commas++;
                    }
                }
            } else if (child instanceof Element ce && !BLOCK_TAGS.contains(ce.normalName())) {
                TextStats.Counts cc = stats.get(ce);
                c.chars += cc.chars;
                c.linkChars += cc.linkChars;
                c.commas += cc.commas;
            }
        }
        return c;
    }

    /** When three other strong candidates share an ancestor with the top one, the article spans that ancestor. */
    private Element commonAncestorOfAlternatives(Element top, double topScore, List<Element> candidates, Element body) {
        List<Element> alternatives = new ArrayList<>();
        for (Element e : candidates) {
            if (e != top && score(e)[0] >= 0.75 * topScore) {
                alternatives.add(e);
            }
        }
        if (alternatives.size() < 3) {
            return top;
        }
        Element parent = top.parent();
        while (parent != null && parent != body) {
            int holding = 0;
            for (Element alt : alternatives) {
                if (isAncestor(parent, alt)) {
                    holding++;
                }
            }
            if (holding >= 3) {
                return parent;
            }
            parent = parent.parent();
        }
        return top;
    }

    private List<Element> withSiblings(Element top, Element body) {
        if (top == body || top.parent() == null) {
            return List.of(top);
        }
        double topScore = score(top)[0];
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : top.parent().children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
            double[] s = scores.get(sib);
            if (s != null && s[0] + bonus >= threshold) {
                out.add(sib);
            } else if (isProse(stats.get(sib))) {
                out.add(sib);
            } else if (sib.normalName().equals("p")) {
                TextStats.Counts c = stats.get(sib);
                String text = sib.text();
                if (c.chars > 80 && c.linkDensity() < 0.25
                        || c.chars > 0 && c.chars <= 80 && c.linkChars == 0 && text.matches("(?s).*[.!?][\"'”’)]?$")) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    /** A block that is mostly paragraph text with few links, whatever wraps it. */
    private static boolean isProse(TextStats.Counts c) {
        return c.chars >= 80 && c.paraChars >= 0.7 * c.chars && c.linkDensity() < 0.25;
    }

    private double[] score(Element e) {
        return scores.computeIfAbsent(e, k -> new double[] {initialScore(k)});
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
            s += 10;
        }
        return s + classWeight(e.className()) + classWeight(e.id());
    }

    private static double classWeight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        double w = 0;
        if (NEGATIVE.matcher(name).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(name).find()) {
            w += 25;
        }
        return w;
    }

    /** A block of running text: a scored tag, or a div/section with no block-level children. */
    private static boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (SCORED.contains(tag)) {
            return true;
        }
        if (!tag.equals("div") && !tag.equals("section")) {
            return false;
        }
        for (Node child : e.childNodes()) {
            if (child instanceof Element ce && BLOCK_TAGS.contains(ce.normalName())) {
                return false;
            }
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return true;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
