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
    /** Below this many characters a page has no article, only fragments... */
    static final int MIN_ARTICLE_CHARS = 200;
    /** ...unless the page says it is an article: then a brief of a sentence or two is one. */
    static final int MIN_DECLARED_ARTICLE_CHARS = 60;
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
     * @param text         paragraphs separated by a blank line; empty when no article was found
     * @param relatedLinks "Read more" items found next to the article
     * @param noArticle    why the page holds no article, or null when it does
     */
    public record Result(String text, List<RelatedLink> relatedLinks, String noArticle) {
        public Result {
            relatedLinks = List.copyOf(relatedLinks);
        }
    }

    /**
     * Extracts the main text of {@code body}, which it modifies: pass a copy.
     *
     * @param declaredArticle whether the page's metadata or markup says it is an article, which lets a short
     *                        text count as one
     */
    public Result extract(Element body, boolean declaredArticle) {
        List<Element> removed = new DomCleaner(rules).clean(body);
        List<Element> roots = ContentLocator.locate(body);
        Map<String, RelatedLink> related = new LinkedHashMap<>();
        if (roots.isEmpty()) {
            return new Result("", List.of(), "no block of running text in the page");
        }
        List<Block> blocks = new ArrayList<>();
        for (Element root : roots) {
            TextStats stats = TextStats.of(root);
            blocks.addAll(BlockWriter.write(List.of(root), e -> skip(e, stats, related)));
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
            if (t.length() >= 120 && b.linkDensity() < 0.2) {
                prose++;
            }
            kept.add(t);
        }
        String text = String.join("\n\n", kept);
        List<RelatedLink> links = new ArrayList<>(related.values());
        harvestRemoved(removed, links);
        if (text.length() < (declaredArticle ? MIN_DECLARED_ARTICLE_CHARS : MIN_ARTICLE_CHARS)) {
            return new Result("", links, "too little running text (" + text.length() + " characters)");
        }
        if (linkHeadings >= 4 && prose < 3) {
            return new Result("", links, "a list of links to other pages (a section front or index)");
        }
        return new Result(text, links, null);
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
