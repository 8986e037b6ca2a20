package dateline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.actor.ActorResolver;
import dateline.actor.CompoundActor;
import dateline.article.Article;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline actors}: lists every actor mention of each article with its code, role and evidence. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Resolve the actors of articles: CAMEO code, role on the article's date, dictionary entry, span.")
final class ActorsCommand implements Callable<Integer> {
    @Mixin
    ArticleArgs articles;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Spec
    CommandSpec spec;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ActorResolver resolver = ActorResolver.bundled();
        return articles.forEachAnnotated(err, (read, a) -> {
            ActorMentions mentions = resolver.resolve(a);
            if (format == Format.json) {
                try {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("input", read.input());
                    m.put("date", a.article().date());
                    m.put("actors", mentions.actors().stream().map(x -> view(a.article(), x)).toList());
                    m.put("compounds", mentions.compounds().stream().map(c -> Map.of(
                            "text", a.article().slice(c.span()), "span", c.span(), "codes", c.codes())).toList());
                    out.println(Json.MAPPER.writeValueAsString(m));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                printText(out, read.input(), a.article(), mentions);
            }
            out.flush();
        });
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
