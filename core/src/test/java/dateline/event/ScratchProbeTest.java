package dateline.event;

import dateline.actor.ActorMentions;
import dateline.actor.ActorResolver;
import dateline.article.Article;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Dependency;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import dateline.testing.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scratch: prints parse and trace of the sentences in /tmp/targets3/probe.txt. Not committed. */
class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("/tmp/targets3/probe.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        String text = String.join("\n\n", lines);
        Article a = new Article(Article.idOf("probe", text), "probe", null, null, null, null, null,
                LocalDate.of(2020, 6, 1), null, text, List.of(), List.of(), "en", List.of());
        AnnotatedArticle article = Seed.annotator().annotate(a);
        ActorMentions actors = ActorResolver.bundled().resolve(article);
        StringBuilder out = new StringBuilder();
        for (Sentence s : article.sentences()) {
            out.append("=== [").append(s.index()).append("] ").append(article.article().slice(s.span())).append('\n');
            for (Token t : s.tokens()) {
                String dep = "";
                for (Dependency d : s.dependencies()) {
                    if (d.dependent() == t.index()) {
                        dep = d.relation() + "<-" + (d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word() + "/" + d.governor());
                    }
                }
                out.append("  ").append(t.index()).append(' ').append(t.word()).append(' ').append(t.pos()).append(' ')
                        .append(t.ner()).append(' ').append(dep).append('\n');
            }
            var ex = EventCoder.bundled().explain(article, actors, List.of(), s.index());
            ex.actors().forEach(x -> out.append("  actor ").append(x.code()).append(" '").append(x.name()).append("'\n"));
            for (var tr : ex.triggers()) {
                out.append("  trig ").append(tr.lemma()).append(" chosen=").append(tr.chosen()).append(" | src: ")
                        .append(tr.source()).append(" | tgt: ").append(tr.target()).append(" | ").append(tr.outcome()).append('\n');
            }
            ex.events().forEach(e -> out.append("  EVENT ").append(e.code()).append(' ')
                    .append(e.source() == null ? "-" : e.source().code()).append('>')
                    .append(e.target() == null ? "-" : e.target().code()).append('\n'));
        }
        Files.writeString(Path.of("/tmp/targets3/probe.out"), out.toString());
    }
}
