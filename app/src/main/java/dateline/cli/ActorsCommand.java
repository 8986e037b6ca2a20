package dateline.cli;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.actor.ActorResolver;
import dateline.actor.CompoundActor;
import dateline.article.Article;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code dateline actors}: lists every actor mention of each article with its code, role and evidence. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Resolve the actors of articles: CAMEO code, role on the article's date, dictionary entry, span.")
final class ActorsCommand extends ArticleReportCommand {
    @Override
    public Integer call() {
        ActorResolver resolver = ActorResolver.bundled();
        return articles.forEachAnnotated((read, a) -> {
            ActorMentions mentions = resolver.resolve(a);
            output.print(() -> view(read.input(), a.article(), mentions),
                    out -> printText(out, read.input(), a.article(), mentions));
        });
    }

    private static Map<String, Object> view(String input, Article art, ActorMentions mentions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("date", art.date());
        m.put("actors", mentions.actors().stream().map(x -> view(art, x)).toList());
        m.put("compounds", mentions.compounds().stream().map(c -> Map.of(
                "text", art.slice(c.span()), "span", c.span(), "codes", c.codes())).toList());
        return m;
    }

    private static Map<String, Object> view(Article art, Actor x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", art.slice(x.span()));
        m.put("span", x.span());
        m.put("sentence", x.sentence());
        m.put("tokens", List.of(x.tokenStart(), x.tokenEnd()));
        m.put("code", x.code());
        m.put("name", x.name());
        m.put("country", x.country());
        m.put("role", x.role());
        m.put("dateBasis", x.dateBasis());
        m.put("rule", x.rule());
        m.put("entry", x.entry());
        m.put("antecedent", x.antecedent() == null ? null : Map.of("span", x.antecedent(),
                "text", art.slice(x.antecedent())));
        return m;
    }

    private static void printText(PrintWriter out, String input, Article art, ActorMentions mentions) {
        out.println("== " + input);
        out.println("date: " + (art.date() != null ? art.date()
                : "unknown: most recent roles taken (give --date)"));
        for (Actor x : mentions.actors()) {
            out.printf("[%d] %-42s %-9s %s%s  (%s, %s) %s%s%n", x.sentence(),
                    "\"" + art.slice(x.span()) + "\" " + x.span(), x.code(), x.name(),
                    x.role() != null ? ", " + x.role() : "", x.rule(), basis(x), x.entry(),
                    x.antecedent() != null ? "  -> \"" + art.slice(x.antecedent()) + "\"" : "");
        }
        for (CompoundActor c : mentions.compounds()) {
            out.printf("[%d] compound \"%s\" %s %s%n", c.sentence(), art.slice(c.span()), c.span(), c.codes());
        }
        out.println();
    }

    private static String basis(Actor x) {
        return switch (x.dateBasis()) {
            case PUBLICATION_DATE -> "role on date";
            case MOST_RECENT_NO_DATE -> "NO DATE: most recent role";
            case UNDATED -> "undated";
        };
    }
}
