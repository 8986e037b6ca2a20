package dateline.quote;

import dateline.article.Article;
import dateline.article.HardWrap;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ReadOutcome;
import dateline.article.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the stray and unclosed quote-mark notes the quote finder gives on a corpus (the notes come from
 * {@link QuoteMarks} alone, so no NLP is needed), and how many of them a line end caused: an unclosed mark whose
 * paragraph, as the finder split it, ends at a line break inside a paragraph of the source (not a blank line, not
 * followed by an indented line), or a stray closing mark whose paragraph starts right after such a break.
 * Usage: {@code QuoteMarkCensus CORPUS [MAX_ARTICLES] [EXAMPLES]}: prints EXAMPLES notes caused by a line end, or
 * with a negative EXAMPLES that many of the other notes; run by {@code bench/quote-marks.sh}.
 */
final class QuoteMarkCensus {
    private static final Pattern MARK = Pattern.compile("(stray closing|unclosed) quote mark \\[(\\d+),(\\d+)\\)");

    private QuoteMarkCensus() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        int examples = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        QuoteMarks marks = new QuoteMarks();
        // articles, stray, unclosed, stray by line end, unclosed by line end, direct quotes, hard-wrapped articles
        long[] counts = new long[7];
        int[] shown = {0};
        ArticleFiles.bundled().read(corpus, ArticleOptions.defaults(), outcome -> {
            if (!(outcome instanceof ReadOutcome.Read r) || counts[0] >= max) {
                return;
            }
            counts[0]++;
            Article a = r.article();
            if (HardWrap.isHardWrapped(a.text())) {
                counts[6]++;
            }
            QuoteMarks.Result found = marks.find(a);
            counts[5] += found.quotes().size();
            List<Span> paragraphs = QuoteMarks.paragraphs(a.annotatableText());
            for (String p : found.problems()) {
                Matcher m = MARK.matcher(p);
                if (!m.find()) {
                    continue;
                }
                boolean stray = m.group(1).startsWith("stray");
                int offset = Integer.parseInt(m.group(2));
                counts[stray ? 1 : 2]++;
                Span para = paragraphs.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst()
                        .orElse(null);
                boolean lineEnd = para != null && (stray ? softBreakBefore(a.text(), para.start())
                        : softBreakAfter(a.text(), para.end()));
                if (lineEnd) {
                    counts[stray ? 3 : 4]++;
                }
                if (lineEnd == examples > 0) {
                    if (shown[0]++ < Math.abs(examples)) {
                        int from = Math.max(0, offset - 80);
                        int to = Math.min(a.text().length(), offset + 80);
                        System.out.println(a.source() + ": " + p + "\n    " + a.text().substring(from, to)
                                .replace("\n", "\u23CE"));
                    }
                }
            }
        });
        System.out.printf("articles %d (%d hard-wrapped), direct quotes %d; stray closing marks %d (%d at a line end), unclosed marks"
                + " %d (%d at a line end)%n", counts[0], counts[6], counts[5], counts[1], counts[3], counts[2], counts[4]);
    }

    /** A single line break at {@code end}, followed by an unindented line: a line end inside a paragraph. */
    private static boolean softBreakAfter(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i++;
        }
        return i + 1 < text.length() && text.charAt(i) == '\n' && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** The paragraph starting at {@code start} follows a line end inside a paragraph. */
    private static boolean softBreakBefore(String text, int start) {
        if (start == 0 || Character.isWhitespace(text.charAt(start)) || text.charAt(start - 1) != '\n') {
            return false;
        }
        int i = start - 2;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i--;
        }
        return i >= 0 && text.charAt(i) != '\n';
    }
}
