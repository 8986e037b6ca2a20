package dateline.article.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text sizes of every element under a root, computed in one pass (asking jsoup for each
 * element's text would cost time quadratic in the depth of the page). Sizes count characters with each run of
 * whitespace counted once.
 */
final class TextStats {
    /** Per-element counts; mutable only while the pass runs. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        /** Characters of non-link text inside {@code <p>} elements: the running text. */
        int paraChars;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        stats.counts.put(root, new Counts());
        NodeTraversor.traverse(new NodeVisitor() {
            int inLink;
            int inParagraph;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e != root) {
                        stats.counts.put(e, new Counts());
                    }
                    if (e.normalName().equals("a")) {
                        inLink++;
                    } else if (e.normalName().equals("p")) {
                        inParagraph++;
                    }
                } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    Counts c = stats.counts.get(parent);
                    if (c != null) {
                        String s = t.getWholeText();
                        int n = collapsedLength(s);
                        c.chars += n;
                        if (inLink > 0) {
                            c.linkChars += n;
                        } else if (inParagraph > 0) {
                            c.paraChars += n;
                        }
                        for (int i = 0; i < s.length(); i++) {
                            char ch = s.charAt(i);
                            if (ch == ',' || ch == '\uFF0C' || ch == '\u060C') {
                                c.commas++;
                            }
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        inLink--;
                    } else if (e.normalName().equals("p")) {
                        inParagraph--;
                    }
                    if (e != root && e.parent() != null) {
                        Counts mine = stats.counts.get(e);
                        Counts up = stats.counts.get(e.parent());
                        if (mine != null && up != null) {
                            up.chars += mine.chars;
                            up.linkChars += mine.linkChars;
                            up.commas += mine.commas;
                            up.paraChars += mine.paraChars;
                        }
                    }
                }
            }
        }, root);
        return stats;
    }

    /** Counts of {@code e}; zero counts for an element that was not under the root. */
    Counts get(Element e) {
        Counts c = counts.get(e);
        return c != null ? c : new Counts();
    }

    static int collapsedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00A0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }
}
