package dateline.cli;

import dateline.article.Article;
import dateline.event.Event;
import dateline.pipeline.CodedArticle;
import dateline.quote.Quote;
import dateline.time.EventDate;
import dateline.view.CodedArticleView;
import dateline.view.EventTsv;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline code}: codes articles into events and prints them with their evidence. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles into CAMEO/PLOVER events with actors, quotes, places and tone.")
final class CodeCommand implements Callable<Integer> {
    @Mixin
    ArticleArgs articles;

    @Option(names = "--format", defaultValue = "table", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Spec
    CommandSpec spec;

    enum Format { table, json, tsv }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.tsv) {
            out.println(EventTsv.TSV_HEADER);
        }
        return articles.forEachCoded((read, coded) -> {
            switch (format) {
                case json -> Json.print(out, CodedArticleView.of(read.input(), coded));
                case tsv -> EventTsv.tsv(coded).forEach(out::println);
                case table -> printTable(out, read.input(), coded);
            }
            out.flush();
        });
    }

    private static void printTable(PrintWriter out, String input, CodedArticle c) {
        Article a = c.article();
        out.printf("== %s  (%s%s, %s)%n", input, a.agency() != null ? a.agency() + ", " : "",
                a.datelinePlace() != null ? a.datelinePlace() : "no dateline",
                a.date() != null ? a.date() : "no date");
        for (String note : c.notes()) {
            out.println("note: " + note);
        }
        out.printf("%-4s %-6s %-10s %-10s %6s %-4s  %s%n", "sent", "code", "source", "target", "gold", "quad", "trigger / evidence");
        for (int i = 0; i < c.events().size(); i++) {
            Event e = c.events().get(i);
            out.printf("%-4d %-6s %-10s %-10s %6.1f %-4d  \"%s\" %s%s%n", e.sentence(), e.code(),
                    EventTsv.code(e.source()), EventTsv.code(e.target()), e.goldstein(), e.quadClass(),
                    EventTsv.clean(a.slice(e.trigger())), e.trigger(),
                    e.flags().isEmpty() ? "" : " " + e.flags());
            out.printf("     source: %s  target: %s  rule: %s%n",
                    e.source() == null ? "-" : "\"" + a.slice(e.source().span()) + "\"",
                    e.target() == null ? "-" : "\"" + a.slice(e.target().span()) + "\"", e.rule());
            EventDate d = c.dateOf(i);
            out.printf("     date: %s %s%s%n", d.iso() == null ? "unknown" : d.iso(), d.basis(),
                    d.evidence() == null ? "" : " \"" + d.text() + "\" " + d.evidence());
        }
        if (c.events().isEmpty()) {
            out.println("(no events)");
        }
        for (Quote q : c.quotes()) {
            String text = a.slice(q.content());
            out.printf("quote %-8s %-10s \"%s\"%n", q.kind(), q.speaker() == null ? "?" : q.speaker().code(),
                    text.length() > 70 ? text.substring(0, 67) + "..." : text);
        }
        out.println();
    }
}
