package dateline.cli;

import dateline.article.Article;
import dateline.article.RelatedLink;
import dateline.article.Span;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.EntityMention;
import dateline.nlp.PronounLink;
import dateline.nlp.Sentence;
import dateline.view.ArticleView;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code dateline annotate}: prints an article's metadata, sentences, entities and resolved pronouns. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Read articles and print their metadata, sentences, named entities and resolved pronouns.")
final class AnnotateCommand extends ArticleReportCommand {
    @Override
    public Integer call() {
        return articles.forEachAnnotated((read, a) ->
                output.print(() -> view(read.input(), a), out -> printText(out, read.input(), a)));
    }

    static ArticleView articleView(Article a) {
        return ArticleView.of(a);
    }

    private static Map<String, Object> view(String input, AnnotatedArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("article", articleView(a.article()));
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("index", s.index());
            sm.put("paragraph", s.paragraph());
            sm.put("span", s.span());
            sm.put("text", a.article().slice(s.span()));
            sm.put("tokens", s.tokens());
            sm.put("dependencies", s.dependencies());
            sentences.add(sm);
        }
        m.put("sentences", sentences);
        m.put("entities", a.entities());
        List<Map<String, Object>> pronouns = new ArrayList<>();
        for (PronounLink p : a.pronouns()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("text", a.article().slice(p.span()));
            pm.put("span", p.span());
            pm.put("sentence", p.sentence());
            pm.put("antecedent", p.antecedent().text());
            pm.put("antecedentSpan", p.antecedent().span());
            pm.put("reason", p.reason());
            pronouns.add(pm);
        }
        m.put("pronouns", pronouns);
        return m;
    }

    private static void printText(PrintWriter out, String input, AnnotatedArticle a) {
        Article art = a.article();
        out.println("== " + input);
        out.println("id:        " + art.id());
        out.println("agency:    " + nz(art.agency()) + (art.agencyCode() != null ? " (" + art.agencyCode() + ")" : ""));
        out.println("dateline:  " + nz(art.datelinePlace()));
        out.println("date:      " + (art.date() != null ? art.date() : "unknown (none given; use --date)"));
        if (art.title() != null) {
            out.println("title:     " + art.title());
        }
        for (Span b : art.boilerplate()) {
            out.println("skipped:   " + b + " \"" + art.slice(b).strip() + "\"");
        }
        for (RelatedLink l : art.relatedLinks()) {
            out.println("related:   " + l.title());
        }
        out.println();
        for (Sentence s : a.sentences()) {
            out.printf("[%d] (para %d) %s%n", s.index(), s.paragraph(), art.slice(s.span()));
            for (EntityMention e : a.entitiesIn(s.index())) {
                out.printf("      %-18s %s %s%n", e.type(), e.text(), e.span());
            }
            for (PronounLink p : a.pronouns()) {
                if (p.sentence() == s.index()) {
                    out.printf("      %-18s %s %s -> %s (%s)%n", "PRONOUN", art.slice(p.span()), p.span(),
                            p.antecedent().text(), p.reason());
                }
            }
        }
        out.println();
    }

    private static String nz(String s) {
        return s == null ? "none" : s;
    }
}
