package dateline.article.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the elements that hold an article into {@link Block}s the way a browser lays them out: every block-level
 * element starts a new block, {@code <br>} starts a new line, whitespace collapses. Elements for which
 * {@code skip} holds are left out with everything inside them.
 */
final class BlockWriter implements NodeFilter {
    private final Predicate<Element> skip;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Block.Link> links = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private int linkChars;
    private int linkDepth;
    private int linkStart;

    private BlockWriter(Predicate<Element> skip) {
        this.skip = skip;
    }

    static List<Block> write(List<Element> roots, Predicate<Element> skip) {
        BlockWriter w = new BlockWriter(skip);
        for (Element root : roots) {
            w.tags.add(root.normalName());
            NodeTraversor.filter(w, root);
            w.flush();
            w.tags.clear();
        }
        return w.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (depth > 0 && skip.test(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            trimTrailingSpace();
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        } else if (tag.equals("img") && text.length() > 0) {
            append(" ");
        } else if (ContentLocator.BLOCK_TAGS.contains(tag)) {
            flush();
            tags.add(tag);
        } else if (tag.equals("a")) {
            if (linkDepth++ == 0) {
                linkStart = text.length();
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (ContentLocator.BLOCK_TAGS.contains(tag)) {
                flush();
                if (!tags.isEmpty()) {
                    tags.remove(tags.size() - 1);
                }
            } else if (tag.equals("a") && linkDepth > 0 && --linkDepth == 0) {
                int start = Math.min(linkStart, text.length());
                String linkText = text.substring(start).strip();
                linkChars += linkText.length();
                if (!linkText.isEmpty()) {
                    links.add(new Block.Link(linkText, e.absUrl("href")));
                }
            }
        }
        return FilterResult.CONTINUE;
    }

    private void append(String s) {
        boolean space = text.length() == 0 || isSpace(text.charAt(text.length() - 1));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                if (!space) {
                    text.append(' ');
                    space = true;
                }
            } else {
                text.append(c);
                space = false;
            }
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n';
    }

    private void trimTrailingSpace() {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }

    private void flush() {
        String t = text.toString().strip().replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n");
        if (!t.isEmpty()) {
            String tag = tags.isEmpty() ? "div" : tags.get(tags.size() - 1);
            blocks.add(new Block(t, Math.min(linkChars, t.length()), tag, links));
        }
        text.setLength(0);
        links.clear();
        linkChars = 0;
        linkStart = 0;
        if (linkDepth > 0) {
            linkStart = 0;
        }
    }
}
