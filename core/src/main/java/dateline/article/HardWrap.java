package dateline.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Undoes hard wrapping (wire copy such as Reuters-21578 broken at about 65 columns, plain-text e-mail, old corpora)
 * without moving a single character: the unwrapped view has the length of the original, a line end inside a
 * paragraph becomes a space and a paragraph break marked by an indented line becomes a blank line. The offset map
 * between the two texts is therefore the identity, and every span found in the view slices the original text.
 *
 * <p>Whether a text is hard-wrapped is decided from its line lengths alone, never from its source: at least half
 * of its lines of text go on into the next line without a blank line between them, the usual
 * length of a line that is followed by another (the 90th percentile, the "width") lies between {@value #MIN_WIDTH}
 * and {@value #MAX_WIDTH} columns, and, when at least {@value #MIN_BREAKS} line ends join two unindented lines of
 * text, in at least half of them the next line's first word would not have fitted on the line: the writer did not
 * choose to break there, the width did; and at least a quarter of those line ends visibly cut a sentence (the
 * next line starts in lower case, with a digit or a bracket, or the line ends with a comma, semicolon, ampersand
 * or hyphen), which prose cut by a width does and a list of titles does not. Line ends before a list item or between table
 * rows are left out of both counts. A brief with fewer such line ends counts as wrapped when each of them cuts
 * a sentence on a line at least half the width, and its longest line has {@value #MIN_SHORT_WIDTH} characters or
 * more. A text written one paragraph per line has lines far longer than any wrapping width; a list of short lines
 * fails the fill test.
 *
 * <p>In a hard-wrapped text a line end stays a line end when it looks chosen: the line is short enough for the
 * next word and ends a sentence (or with a colon), the next line starts a list item, or either line is laid out
 * as a table (a run of three spaces inside it). A word hyphenated across a line end keeps the hyphen and gains a
 * space ("well- known"): removing the line end would move the characters after it.
 */
public final class HardWrap {
    static final int MIN_BREAKS = 3;
    /** Share of the lines of text (but the last) that must go on into the next line without a blank line. */
    static final double MIN_CONTINUED_LINES = 0.5;
    /** A text with fewer line ends counts as wrapped only when its longest line is at least this long. */
    static final int MIN_SHORT_WIDTH = 50;
    static final int MIN_WIDTH = 30;
    static final int MAX_WIDTH = 100;
    /** Share of line ends that the width forced, at and above which a text counts as hard-wrapped. */
    static final double MIN_FORCED_SHARE = 0.5;
    /** Share of line ends that must visibly cut a sentence (see {@link #goesOn}). */
    static final double MIN_GOES_ON_SHARE = 0.25;

    private HardWrap() {
    }

    /** A line of the text: {@code [start, end)} without its line terminator, {@code next} where the next line starts. */
    private record Line(int start, int end, int next) {
    }

    /** The text unwrapped (same length, same characters except line ends and indentation), or {@code text} itself. */
    public static String unwrap(String text) {
        List<Line> lines = lines(text);
        int width = width(text, lines);
        if (width < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = lines.get(i + 1);
            if (blank(text, a) || blank(text, b)) {
                continue;
            }
            boolean crlf = a.next - a.end == 2;
            if (indented(text, b)) {
                // A paragraph marked by indentation: the break and the first indent character make a blank line.
                if (crlf) {
                    out[a.end] = '\n';
                } else {
                    out[b.start] = '\n';
                }
            } else if (!chosen(text, a, b, width)) {
                for (int k = a.end; k < a.next; k++) {
                    out[k] = ' ';
                }
            }
        }
        return new String(out);
    }

    /** Whether {@code text} is hard-wrapped, by its line-length statistics. */
    public static boolean isHardWrapped(String text) {
        return width(text, lines(text)) >= 0;
    }

    /** The wrapping width of a hard-wrapped text, or -1 when the text is not hard-wrapped. */
    private static int width(String text, List<Line> lines) {
        List<Integer> lengths = new ArrayList<>();
        int textLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (blank(text, lines.get(i))) {
                continue;
            }
            textLines++;
            if (i + 1 < lines.size() && !blank(text, lines.get(i + 1))) {
                lengths.add(length(text, lines.get(i)));
            }
        }
        // One line end says nothing about a width; and in wrapped text most lines go on into the next one, where
        // in a text of paragraphs with a few <br> breaks most lines end their paragraph.
        if (lengths.size() < 2 || lengths.size() < MIN_CONTINUED_LINES * (textLines - 1)) {
            return -1;
        }
        int[] sorted = lengths.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        int width = sorted[(int) (0.9 * (sorted.length - 1))];
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return -1;
        }
        int continued = 0;
        int forced = 0;
        int midSentence = 0;
        int goesOn = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = lines.get(i + 1);
            if (blank(text, a) || blank(text, b) || indented(text, b) || laidOut(text, a, b)) {
                continue;
            }
            continued++;
            if (goesOn(text, a, b)) {
                goesOn++;
            }
            if (!wouldFit(text, a, b, width)) {
                forced++;
            }
            if (!endsSentence(text, a) && length(text, a) >= width / 2) {
                midSentence++;
            }
        }
        if (continued >= MIN_BREAKS) {
            // Wrapped prose is cut mid-sentence, visibly so in some of its line ends; a list of titles is not.
            return forced >= MIN_FORCED_SHARE * continued && goesOn >= MIN_GOES_ON_SHARE * continued ? width : -1;
        }
        // Too few line ends for a share (a brief of three lines): every one must cut a sentence of a long line.
        return continued > 0 && midSentence == continued && sorted[sorted.length - 1] >= MIN_SHORT_WIDTH ? width : -1;
    }

    /** A line end the writer chose rather than the width forced. */
    private static boolean chosen(String text, Line a, Line b, int width) {
        return laidOut(text, a, b) || wouldFit(text, a, b, width) && endsSentence(text, a);
    }

    /** The line end cuts a sentence visibly: "... for the\nmln", "... Paris,\nDeutsche", "...\n(ABN) said". */
    private static boolean goesOn(String text, Line a, Line b) {
        char first = text.charAt(b.start);
        char last = text.charAt(a.start + length(text, a) - 1);
        return Character.isLowerCase(first) || Character.isDigit(first) || first == '(' || first == '<'
                || ",;&-".indexOf(last) >= 0;
    }

    /** A line end that belongs to a layout: before a list item, or between rows of a table. */
    private static boolean laidOut(String text, Line a, Line b) {
        return listItem(text, b) || tabular(text, a) || tabular(text, b);
    }

    private static boolean wouldFit(String text, Line a, Line b, int width) {
        int word = 0;
        for (int k = b.start; k < b.end && !Character.isWhitespace(text.charAt(k)); k++) {
            word++;
        }
        return length(text, a) + 1 + word <= width;
    }

    private static boolean endsSentence(String text, Line a) {
        int k = a.start + length(text, a) - 1;
        while (k > a.start && "\"'”’)]".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return k >= a.start && ".!?:".indexOf(text.charAt(k)) >= 0;
    }

    /** "- item", "* item", "• item", "1. item", "2) item". */
    private static boolean listItem(String text, Line b) {
        int k = b.start;
        if (k < b.end && "-*•–".indexOf(text.charAt(k)) >= 0) {
            return k + 1 < b.end && text.charAt(k + 1) == ' ';
        }
        while (k < b.end && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k > b.start && k + 1 < b.end && (text.charAt(k) == '.' || text.charAt(k) == ')')
                && text.charAt(k + 1) == ' ';
    }

    /** Three spaces or a tab between words: columns of a table, not wrapped prose. */
    private static boolean tabular(String text, Line line) {
        int k = line.start;
        while (k < line.end && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        int end = line.start + length(text, line);
        int run = 0;
        for (; k < end; k++) {
            char c = text.charAt(k);
            if (c == '\t') {
                return true;
            }
            run = c == ' ' ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean indented(String text, Line b) {
        return b.start < b.end && (text.charAt(b.start) == ' ' || text.charAt(b.start) == '\t'
                || text.charAt(b.start) == '\u00A0');
    }

    private static boolean blank(String text, Line line) {
        for (int k = line.start; k < line.end; k++) {
            if (!Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** Length without trailing whitespace. */
    private static int length(String text, Line line) {
        int e = line.end;
        while (e > line.start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e - line.start;
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int nl = text.indexOf('\n');
        while (nl >= 0) {
            int end = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            out.add(new Line(start, end, nl + 1));
            start = nl + 1;
            nl = text.indexOf('\n', start);
        }
        out.add(new Line(start, text.length(), text.length()));
        return out;
    }
}
