package dateline.cli;

import dateline.article.Article;
import dateline.quote.Quote;
import dateline.quote.QuoteFinder;
import dateline.quote.QuoteFinding;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code dateline quotes}: direct and indirect quotes with their speakers and the evidence of attribution. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Print each article's quotes: words, kind, speaker, cue, how the speaker was found, tone.")
final class QuotesCommand extends ArticleReportCommand {
    @Override
    public Integer call() {
        QuoteFinder finder = new QuoteFinder();
        return articles.forEachCoded((read, coded) -> {
            QuoteFinding found = finder.find(coded.annotation(), coded.actors());
            Article a = coded.article();
            output.print(() -> view(read.input(), a, found), out -> printText(out, read.input(), a, found));
        });
    }

    private static Map<String, Object> view(String input, Article a, QuoteFinding found) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("id", a.id());
        m.put("quotes", found.quotes().stream().map(q -> view(a, q)).toList());
        m.put("problems", found.problems());
        return m;
    }

    private static void printText(PrintWriter out, String input, Article a, QuoteFinding found) {
        out.println("== " + input);
        for (Quote q : found.quotes()) {
            out.printf("%-8s %s%n", q.kind(), "\"" + a.slice(q.content()).replace('\n', ' ') + "\"");
            out.printf("         speaker: %s%s  cue: %s  tone: %.2f%n",
                    q.speakerSpan() == null ? "unknown" : a.slice(q.speakerSpan()),
                    q.speaker() == null ? "" : " = " + q.speaker().name() + " (" + q.speaker().code() + ")",
                    q.cue() == null ? "none" : a.slice(q.cue()), q.tone());
            out.printf("         %s%n", q.attribution());
        }
        for (String p : found.problems()) {
            out.println("note: " + p);
        }
        out.println();
    }

    static Map<String, Object> view(Article a, Quote q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", q.kind());
        m.put("text", a.slice(q.content()));
        m.put("span", q.content());
        m.put("cue", q.cue() == null ? null : a.slice(q.cue()));
        m.put("cueSpan", q.cue());
        m.put("speakerText", q.speakerSpan() == null ? null : a.slice(q.speakerSpan()));
        m.put("speakerSpan", q.speakerSpan());
        m.put("speaker", q.speaker());
        m.put("attribution", q.attribution());
        m.put("sentence", q.sentence());
        m.put("tone", Double.isNaN(q.tone()) ? null : q.tone());
        return m;
    }
}
