package dateline.quote;

import dateline.article.Article;
import dateline.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs quotation marks into direct quotes, paragraph by paragraph, following newswire convention: a quote left
 * open at the end of a paragraph continues only if the next paragraph opens with a quote mark. A closing mark with
 * no opening one, or an opening mark never closed, is reported and cannot swallow the text that follows.
 *
 * <p>Double marks (straight, curly, „ “, « ») and single marks (straight, curly, ‚ ‘, ‹ ›) are two families: a quote
 * opened with one family is closed by the same family, and the other family inside it is a nested quote. Straight
 * marks are read as opening or closing by the characters around them; an apostrophe between letters is no mark.
 * Marks are paired in the article's annotatable view ({@link Article#annotatableText()}), where a hard-wrapped
 * text is unwrapped: a line end inside a paragraph does not end a quote, and offsets are those of the article.
 */
final class QuoteMarks {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");

    enum Family { DOUBLE, SINGLE }

    enum Role { OPEN, CLOSE, EITHER }

    record Mark(int offset, char c, Family family, Role role) {
        Span span() {
            return new Span(offset, offset + 1);
        }
    }

    /** A quote found by its marks: the words between them, and whether it ran over paragraphs or was left open. */
    record Found(Span content, Mark open, Mark close, boolean continued, boolean unclosed) {
    }

    record Result(List<Found> quotes, List<String> problems) {
    }

    Result find(Article article) {
        // The annotator's view: same offsets as the article text, hard-wrapped lines joined, so a line end
        // inside a paragraph never ends a quote.
        String text = article.annotatableText();
        List<Found> quotes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Span> paragraphs = paragraphs(text);
        Mark open = null;
        boolean continued = false;
        int depth = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            List<Mark> marks = marks(article, text, para);
            int first = 0;
            if (open != null) {
                // Carried over from the previous paragraph, which ended open and this one opens with a mark.
                first = 1;
            }
            for (int i = first; i < marks.size(); i++) {
                Mark m = marks.get(i);
                if (open == null) {
                    if (role(m, text, null) == Role.OPEN) {
                        open = m;
                        depth = 0;
                        continued = false;
                    } else if (m.family == Family.DOUBLE) {
                        problems.add("stray closing quote mark " + m.span() + " ignored");
                    }
                    // A lone closing single mark is an apostrophe ("the countries' leaders").
                    continue;
                }
                if (m.family != open.family) {
                    continue; // a nested quote inside the open one
                }
                Role r = role(m, text, open);
                if (r == Role.OPEN) {
                    depth++;
                } else if (depth > 0) {
                    depth--;
                } else {
                    quotes.add(new Found(trim(text, open.offset + 1, m.offset), open, m, continued, false));
                    open = null;
                }
            }
            if (open != null) {
                Mark next = p + 1 < paragraphs.size() ? leadingMark(article, text, paragraphs.get(p + 1)) : null;
                if (next != null && next.family == open.family) {
                    continued = true;
                    continue;
                }
                problems.add("unclosed quote mark " + open.span() + ": the quote ends with its paragraph");
                if (open.family == Family.DOUBLE) {
                    quotes.add(new Found(trim(text, open.offset + 1, para.end()), open, null, continued, true));
                }
                open = null;
            }
        }
        return new Result(List.copyOf(quotes), List.copyOf(problems));
    }

    /** Paragraphs: separated by blank lines, or by single line breaks in a text that has no blank lines. */
    static List<Span> paragraphs(String text) {
        Pattern brk = PARAGRAPH_BREAK.matcher(text).find() ? PARAGRAPH_BREAK : Pattern.compile("\\n\\s*");
        List<Span> out = new ArrayList<>();
        Matcher m = brk.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                out.add(new Span(start, m.start()));
            }
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new Span(start, text.length()));
        }
        return out;
    }

    private static Mark leadingMark(Article article, String text, Span para) {
        List<Mark> marks = marks(article, text, para);
        if (marks.isEmpty()) {
            return null;
        }
        Mark m = marks.get(0);
        for (int i = para.start(); i < m.offset; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return null;
            }
        }
        return m.role == Role.CLOSE ? null : m;
    }

    private static List<Mark> marks(Article article, String text, Span para) {
        List<Mark> out = new ArrayList<>();
        for (int i = para.start(); i < para.end(); i++) {
            Mark m = mark(text, i);
            if (m != null && !article.isBoilerplate(m.span())) {
                out.add(m);
            }
        }
        return out;
    }

    private static Mark mark(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '"' -> new Mark(i, c, Family.DOUBLE, Role.EITHER);
            case '“', '„', '«' -> new Mark(i, c, Family.DOUBLE, c == '“' ? Role.EITHER : Role.OPEN);
            case '”', '»' -> new Mark(i, c, Family.DOUBLE, Role.CLOSE);
            case '‘', '‚', '‹' -> new Mark(i, c, Family.SINGLE, Role.OPEN);
            case '›' -> new Mark(i, c, Family.SINGLE, Role.CLOSE);
            case '\'', '’' -> apostrophe(text, i) ? null
                    : new Mark(i, c, Family.SINGLE, c == '’' ? Role.CLOSE : Role.EITHER);
            default -> null;
        };
    }

    /** "don't", "Iran’s", "'90s": an apostrophe, not a quote mark. */
    private static boolean apostrophe(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return Character.isLetter(before) && Character.isLetter(after) || Character.isDigit(after);
    }

    /**
     * Whether a mark opens or closes here. Curly “ opens, except that it closes a quote opened with „ (German
     * style). Straight marks open after a space or bracket before a word, close after a word before a space or
     * punctuation, and otherwise do what the open quote needs.
     */
    private static Role role(Mark m, String text, Mark open) {
        if (m.c == '“') {
            return open != null && open.c == '„' ? Role.CLOSE : Role.OPEN;
        }
        if (m.role != Role.EITHER) {
            return m.role;
        }
        boolean opens = strongOpen(text, m.offset);
        boolean closes = strongClose(text, m.offset);
        if (opens && !closes) {
            return Role.OPEN;
        }
        if (closes && !opens) {
            return Role.CLOSE;
        }
        return open != null ? Role.CLOSE : Role.OPEN;
    }

    private static boolean strongOpen(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return (Character.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0)
                && !Character.isWhitespace(after);
    }

    private static boolean strongClose(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return !Character.isWhitespace(before) && (Character.isWhitespace(after) || ".,;:!?)]}—–-".indexOf(after) >= 0);
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        // A comma before the closing mark belongs to the sentence around the quote, not to the words quoted.
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return new Span(start, end);
    }
}
