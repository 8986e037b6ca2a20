package dateline.article.html;

import dateline.article.RelatedLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text of a page: cleans the body ({@link DomCleaner}), finds the article's elements
 * ({@link ContentLocator}), lays them out as blocks ({@link BlockWriter}) and drops the blocks that are
 * furniture: captions, share bars, bylines, link lists. A "Read more"-style list becomes related links.
 */
public final class MainText {
    /** Below this many characters a text is kept with a low confidence, as a brief or a teaser... */
    static final int MIN_ARTICLE_CHARS = 200;
    /** ...unless the page says it is an article: then a brief of a sentence or two is one. */
    static final int MIN_DECLARED_ARTICLE_CHARS = 60;
    /** Fewer words than this are no article, whatever the page says: a "Loading..." shell, a lone caption. */
    static final int MIN_WORDS = 15;
    /** A page of teasers and linked headings whose own text has fewer words than this is an index. */
    static final int INDEX_MAX_WORDS = 60;
    /** Confidence of a text that passed every bar. */
    public static final double CONFIDENT = 0.9;
    /** Confidence of a text kept although it is short or sits among many links. */
    public static final double SHORT_CONFIDENCE = 0.5;
    /** Confidence of the prose-like lines kept when no block of running text was found. */
    public static final double FALLBACK_CONFIDENCE = 0.3;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?…][\"'”’)]?$");
    private static final Set<String> CARD_TAGS = Set.of("article", "li", "div", "section");
    /** A card with this much text or more is not a teaser. */
    private static final int MAX_TEASER_CHARS = 500;
    private static final int MIN_SUMMARY_CHARS = 30;
    private static final Set<String> LIST_TAGS = Set.of("ul", "ol", "dl", "div", "section", "table", "nav");

    /** "Read more: <linked title>" written inline in the text. */
    private static final java.util.regex.Pattern RELATED_PREFIX = java.util.regex.Pattern.compile(
            "(?i)(?:read more|see more|more|related|also read|read also|read|watch|see also|recommended)\\s*:\\s*");

    /** A date or age that link lists print after each title ("Oct 29, 2019", "20 hours ago"). */
    private static final java.util.regex.Pattern TRAILING_DATE = java.util.regex.Pattern.compile(
            "(?i)\\s*[-|·•]?\\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
                    + "|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{4}"
                    + "|\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago)$");

    private final BoilerplateRules rules;

    /** A main-text extractor that recognises furniture by {@code rules}. */
    public MainText(BoilerplateRules rules) {
        this.rules = rules;
    }

    /**
     * The main text of a page.
     *
     * @param text         paragraphs separated by a blank line; empty when the page holds no article
     * @param relatedLinks "Read more" items found next to the article
     * @param noArticle    why the page holds no article, or null when it does
     * @param confidence   how sure the extractor is that {@code text} is the article: {@value #CONFIDENT} when a
     *                     block of running text passed every bar, lower when the text was kept although it did not
     *                     (see {@code warnings}); 0 when there is no article
     * @param warnings     why the confidence is low, for the user
     */
    public record Result(String text, List<RelatedLink> relatedLinks, String noArticle, double confidence,
            List<String> warnings) {
        public Result {
            relatedLinks = List.copyOf(relatedLinks);
            warnings = List.copyOf(warnings);
        }
    }

    /** The blocks kept from the located elements, and what they say about the page. */
    private record Composed(String text, int linkHeadings, int prose) {
        int words() {
            return MainText.words(text);
        }
    }

    /**
     * Extracts the main text of {@code body}, which it modifies: pass a copy. A page whose text does not pass the
     * bar (too short, no block of running text) still gives its best candidate, with a low confidence and a
     * warning; only a page with almost no text, or a list of links that does not call itself an article, is
     * refused.
     *
     * @param declaredArticle whether the page's metadata or markup says it is an article, which lets a short
     *                        text count as one
     * @param typedArticle    whether the page's metadata give it an article type (JSON-LD, {@code og:type}),
     *                        which keeps a short text among many teasers as an article rather than an index
     */
    public Result extract(Element body, boolean declaredArticle, boolean typedArticle) {
        List<Element> removed = new DomCleaner(rules).clean(body);
        List<Element> roots = ContentLocator.locate(body);
        Map<String, RelatedLink> related = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        double confidence = CONFIDENT;
        Composed main = roots.isEmpty() ? null : compose(roots, false, related);
        int bar = declaredArticle ? MIN_DECLARED_ARTICLE_CHARS : MIN_ARTICLE_CHARS;
        if (main == null || main.text().length() < bar) {
            // Nothing passed the bar: the page's prose-like lines are the best candidate left.
            Map<String, RelatedLink> looseRelated = new LinkedHashMap<>();
            Composed loose = compose(List.of(body), true, looseRelated);
            if (main == null || loose.words() > main.words()) {
                main = loose;
                related = looseRelated;
                warnings.add("no block of running text passed the bar: kept the prose-like lines of the page");
                confidence = FALLBACK_CONFIDENCE;
            }
        }
        List<RelatedLink> links = new ArrayList<>(related.values());
        harvestRemoved(removed, links);
        String text = main.text();
        int words = main.words();
        if (main.linkHeadings() >= 4 && main.prose() < 3 && words < INDEX_MAX_WORDS) {
            // Teasers and linked headings with next to no text of its own: a section front, unless the metadata
            // say this is an article (a brief among teasers).
            if (!typedArticle) {
                return new Result("", links, "a list of links to other pages (a section front or index)", 0, List.of());
            }
            warnings.add("the page is mostly links to other pages, but its metadata call it an article");
            confidence = Math.min(confidence, SHORT_CONFIDENCE);
        }
        if (words < MIN_WORDS) {
            return new Result("", links, text.isEmpty() ? "no text in the page"
                    : "too little text (" + words + " words)", 0, List.of());
        }
        if (text.length() < bar) {
            warnings.add("little running text (" + text.length() + " characters): a brief, a teaser or not an article");
            confidence = Math.min(confidence, SHORT_CONFIDENCE);
        }
        return new Result(text, links, null, confidence, warnings);
    }

    /**
     * Lays out {@code roots} as blocks and drops furniture. In {@code loose} mode (no element was located) only
     * prose-like blocks are kept: sentences with few links.
     */
    private Composed compose(List<Element> roots, boolean loose, Map<String, RelatedLink> related) {
        List<Block> blocks = new ArrayList<>();
        int[] teasers = {0};
        for (Element root : roots) {
            TextStats stats = TextStats.of(root);
            blocks.addAll(BlockWriter.write(List.of(root), e -> {
                if (isTeaserCard(e, stats)) {
                    teasers[0]++;
                    return true;
                }
                return skip(e, stats, related);
            }));
        }
        List<String> kept = new ArrayList<>();
        int linkHeadings = 0;
        int prose = 0;
        boolean inRelated = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = b.text();
            if (inRelated) {
                if (b.linkDensity() >= 0.5 && t.length() < 250) {
                    addLinks(b, related);
                    continue;
                }
                inRelated = false;
            }
            if (rules.isRelatedHeading(t) && (b.isHeading() || t.length() < 40)) {
                inRelated = true;
                continue;
            }
            if (b.isHeading() && b.linkDensity() > 0.5) {
                linkHeadings++;
            }
            if (b.linkDensity() >= 0.5 && RELATED_PREFIX.matcher(t).lookingAt()) {
                addLinks(b, related);
                continue;
            }
            // A lone link inside the text is part of it ("Get it here"); a run of links is a list of other pages.
            if (b.tag().equals("h1") || rules.isFurniturePhrase(t) || isLinky(blocks, i)
                    && (isLinky(blocks, i - 1) || isLinky(blocks, i + 1))) {
                continue;
            }
            if (loose && !isProseLike(b)) {
                continue;
            }
            if (t.length() >= 120 && b.linkDensity() < 0.2) {
                prose++;
            }
            kept.add(t);
        }
        return new Composed(String.join("\n\n", kept), linkHeadings + teasers[0], prose);
    }

    /**
     * A block that reads as running text: a sentence of six words or more, or a long block, with few links, made
     * of words (letters and spaces, words of ordinary length) rather than codes or noise.
     */
    private static boolean isProseLike(Block b) {
        String t = b.text();
        int words = words(t);
        if (b.isHeading() || b.linkDensity() >= 0.3 || words < 6
                || t.length() < 120 && !SENTENCE_END.matcher(t).find()) {
            return false;
        }
        int letters = 0;
        int spaces = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c == ' ' || c == '\n') {
                spaces++;
            }
        }
        double meanWord = (double) letters / words;
        return letters + spaces >= 0.85 * t.length() && meanWord >= 2 && meanWord <= 12;
    }

    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static boolean isLinky(List<Block> blocks, int i) {
        return i >= 0 && i < blocks.size() && blocks.get(i).linkDensity() > 0.6;
    }

    private boolean skip(Element e, TextStats stats, Map<String, RelatedLink> related) {
        String tag = e.normalName();
        if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("h1") || tag.equals("header")) {
            return true;
        }
        if (isPictureWithCaption(e, stats)) {
            return true;
        }
        if (!LIST_TAGS.contains(tag)) {
            return false;
        }
        TextStats.Counts c = stats.get(e);
        if (c.chars == 0 || c.linkDensity() <= 0.5) {
            return false;
        }
        List<Element> anchors = e.getElementsByTag("a");
        if (anchors.size() < 2) {
            return false;
        }
        Element prev = e.previousElementSibling();
        if (prev != null && rules.isRelatedHeading(prev.text())) {
            for (Element a : anchors) {
                addLink(a.text(), a.absUrl("href"), related);
            }
        }
        return true;
    }

    /**
     * A teaser of another story: a small card whose heading is a link followed by a summary, beside at least one
     * sibling card of the same kind (tag and class). The summary is real prose, so only the structure tells it
     * from the article.
     */
    private static boolean isTeaserCard(Element e, TextStats stats) {
        if (!CARD_TAGS.contains(e.normalName()) || stats.get(e).chars >= MAX_TEASER_CHARS || !hasLinkedHeading(e, stats)) {
            return false;
        }
        Element parent = e.parent();
        if (parent == null) {
            return false;
        }
        for (Element sib : parent.children()) {
            if (sib != e && sib.normalName().equals(e.normalName()) && sib.className().equals(e.className())
                    && stats.get(sib).chars < MAX_TEASER_CHARS && hasLinkedHeading(sib, stats)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element's first heading is (almost) all link text, or sits inside a link, and a summary follows it
     * (a linked heading alone is a link, which the link-density rules judge in context).
     */
    private static boolean hasLinkedHeading(Element e, TextStats stats) {
        Element h = e.selectFirst("h2, h3, h4, h5, h6");
        if (h == null || stats.get(e).chars - stats.get(h).chars < MIN_SUMMARY_CHARS) {
            return false;
        }
        TextStats.Counts c = stats.get(h);
        if (c.chars > 0 && c.linkDensity() > 0.8) {
            return true;
        }
        for (Element p = h.parent(); p != null && p != e; p = p.parent()) {
            if (p.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** An image and a line of text in one small wrapper: a picture with its caption or credit, not prose. */
    private static boolean isPictureWithCaption(Element e, TextStats stats) {
        String tag = e.normalName();
        if (!tag.equals("div") && !tag.equals("span") && !tag.equals("a")) {
            return false;
        }
        TextStats.Counts c = stats.get(e);
        return c.chars < 150 && c.paraChars < 60 && !e.getElementsByTag("img").isEmpty();
    }

    /** Links of removed blocks named as related-story lists become related links too. */
    private static void harvestRemoved(List<Element> removed, List<RelatedLink> links) {
        // Kept deliberately narrow: only lists whose class says "related", so menus never become related links.
        for (Element e : removed) {
            String names = DomCleaner.names(e).toLowerCase(java.util.Locale.ROOT);
            if (!names.contains("related") && !names.contains("read-more") && !names.contains("readmore")) {
                continue;
            }
            for (Element a : e.getElementsByTag("a")) {
                String t = TRAILING_DATE.matcher(a.text().strip()).replaceFirst("");
                if (t.length() >= 20 && links.stream().noneMatch(l -> l.title().equals(t))) {
                    links.add(new RelatedLink(t, a.absUrl("href").isEmpty() ? null : a.absUrl("href")));
                }
            }
        }
    }

    private static void addLinks(Block b, Map<String, RelatedLink> related) {
        for (Block.Link l : b.links()) {
            addLink(l.text(), l.url(), related);
        }
    }

    private static void addLink(String text, String url, Map<String, RelatedLink> related) {
        String t = TRAILING_DATE.matcher(text.strip()).replaceFirst("");
        if (t.length() >= 8) {
            related.putIfAbsent(t, new RelatedLink(t, url == null || url.isEmpty() ? null : url));
        }
    }
}
