package dateline.event;

import dateline.actor.ActorMentions;
import dateline.article.ArticleOptions;
import dateline.article.Agencies;
import dateline.article.TextArticles;
import dateline.nlp.AnnotatedArticle;
import dateline.testing.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Development aid: prints what the coder does with the sentences in $PROBE (one per line). Skipped otherwise. */
class EventProbeTest {
    @Test
    void probe() throws Exception {
        String file = System.getenv("PROBE");
        Assumptions.assumeTrue(file != null);
        String text = String.join("\n\n", Files.readAllLines(Path.of(file)));
        var article = new TextArticles(Agencies.bundled()).read("probe", text, ArticleOptions.defaults());
        AnnotatedArticle a = Seed.annotator().annotate(article);
        ActorMentions actors = HandActors.of(a, Map.of("Rouhani", "IRNGOV", "Kazemi", "IRQGOV", "Macron", "FRAGOV",
                "Putin", "RUSGOV", "Merkel", "DEUGOV"));
        EventCoder coder = EventCoder.bundled();
        for (var s : a.sentences()) {
            var ex = coder.explain(a, actors, List.of(), s.index());
            System.out.println("## " + ex.text());
            for (var e : ex.events()) {
                System.out.println("   EVENT " + e.code() + " " + e.source().code() + " -> "
                        + (e.target() == null ? "-" : e.target().code()) + " " + e.flags() + " " + e.rule());
            }
            for (var t : ex.triggers()) {
                System.out.println("   . " + t.lemma() + ": " + t.outcome() + " | " + t.source() + " | " + t.target());
            }
        }
    }
}
