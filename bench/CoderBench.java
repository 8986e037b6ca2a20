import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.actor.DateBasis;
import dateline.article.Agencies;
import dateline.article.ArticleOptions;
import dateline.article.TextArticles;
import dateline.event.EventCoder;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.CoreNlpAnnotator;
import dateline.nlp.EntityMention;
import dateline.nlp.NlpConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Event-coder throughput, NLP excluded: annotates N articles once (the example plus Reuters-21578 articles from
 * ../shared/data when present), gives every COUNTRY/NATIONALITY/PERSON/ORGANIZATION mention an actor, then codes
 * all of them repeatedly on one thread and prints sentences per second. Run with bench/coder-bench.sh.
 */
public class CoderBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(Path.of("examples/iran-iraq-call.txt")));
        Path corpus = Path.of("../shared/data/corpus/reuters21578.jsonl.gz");
        if (Files.exists(corpus)) {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null && texts.size() < n; line = r.readLine()) {
                    String body = mapper.readTree(line).path("body").asText("");
                    if (body.length() > 400) {
                        texts.add(body);
                    }
                }
            }
        }
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpConfig.full());
        TextArticles reader = new TextArticles(Agencies.bundled());
        List<AnnotatedArticle> docs = new ArrayList<>();
        List<ActorMentions> actors = new ArrayList<>();
        int sentences = 0;
        for (int i = 0; i < texts.size(); i++) {
            AnnotatedArticle a = nlp.annotate(reader.read("bench-" + i, texts.get(i), ArticleOptions.defaults()));
            docs.add(a);
            List<Actor> list = new ArrayList<>();
            for (EntityMention e : a.entities()) {
                if (List.of("COUNTRY", "NATIONALITY", "PERSON", "ORGANIZATION").contains(e.type())) {
                    String code = e.text().replaceAll("[^A-Za-z]", "").toUpperCase();
                    code = (code + "XXX").substring(0, 3);
                    list.add(new Actor(code, e.text(), code, null, e.span(), e.sentence(), e.tokenStart(),
                            e.tokenEnd(), "bench", "bench", DateBasis.UNDATED, null));
                }
            }
            actors.add(new ActorMentions(list));
            sentences += a.sentences().size();
        }
        EventCoder coder = EventCoder.bundled();
        long events = 0;
        for (int warm = 0; warm < 20; warm++) {
            for (int i = 0; i < docs.size(); i++) {
                events += coder.code(docs.get(i), actors.get(i), List.of()).size();
            }
        }
        int rounds = 50;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < docs.size(); i++) {
                events += coder.code(docs.get(i), actors.get(i), List.of()).size();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("articles %d, sentences %d, rounds %d: %.0f sentences/s on one thread (%.1f us/sentence)%n",
                docs.size(), sentences, rounds, sentences * rounds / secs, secs * 1e6 / (sentences * rounds));
    }
}
