package dateline.pipeline;

import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ReadOutcome;
import dateline.event.Event;
import dateline.geo.Place;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.CoreNlpAnnotator;
import dateline.nlp.NlpConfig;
import dateline.nlp.Sentence;
import dateline.quote.QuoteFinding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the time of one pipeline thread goes, stage by stage ({@code bench/stages.sh}): annotation without any
 * parse, annotation with the selective parse, the parse of every sentence, and each knowledge stage.
 * Usage: {@code StageProfile CORPUS.jsonl[.gz] N}.
 */
public final class StageProfile {
    private StageProfile() {
    }

    public static void main(String[] args) {
        List<Article> articles = new ArrayList<>();
        int n = Integer.parseInt(args[1]);
        ArticleFiles.bundled().read(Path.of(args[0]), ArticleOptions.defaults(), o -> {
            if (o instanceof ReadOutcome.Read r && articles.size() < n) {
                articles.add(r.article());
            }
        });
        Knowledge k = Knowledge.bundled();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.full());
        Pipeline pipeline = new Pipeline(annotator, k);
        for (int i = 0; i < Math.min(20, articles.size()); i++) {
            pipeline.code(articles.get(i)); // warm up the JIT
        }
        long none = 0;
        long all = 0;
        long selective = 0;
        long actors = 0;
        long quotes = 0;
        long events = 0;
        long geo = 0;
        long tone = 0;
        long dates = 0;
        long dated = 0;
        long fromText = 0;
        long tokens = 0;
        int sentences = 0;
        int parsed = 0;
        for (Article a : articles) {
            long t0 = System.nanoTime();
            annotator.annotate(a, unparsed -> Set.of());
            long t1 = System.nanoTime();
            annotator.annotate(a);
            long t2 = System.nanoTime();
            AnnotatedArticle an = annotator.annotate(a, pipeline.parseSelection());
            long t3 = System.nanoTime();
            ActorMentions am = k.actors().resolve(an);
            long t4 = System.nanoTime();
            QuoteFinding qf = k.quotes().find(an, am);
            long t5 = System.nanoTime();
            List<Event> ev = k.events().code(an, am, qf.quotes());
            long t6 = System.nanoTime();
            List<Place> places = k.geocoder().geocode(an);
            k.geocoder().placeEvents(an, ev, places);
            long t7 = System.nanoTime();
            k.tone().score(a.annotatableText());
            long t8 = System.nanoTime();
            List<dateline.time.EventDate> ed = k.dates().date(an, ev);
            long t9 = System.nanoTime();
            dates += t9 - t8;
            dated += ed.size();
            fromText += ed.stream().filter(d -> d.evidence() != null).count();
            none += t1 - t0;
            all += t2 - t1;
            selective += t3 - t2;
            actors += t4 - t3;
            quotes += t5 - t4;
            events += t6 - t5;
            geo += t7 - t6;
            tone += t8 - t7;
            tokens += an.tokenCount();
            sentences += an.sentences().size();
            parsed += (int) an.sentences().stream().filter(Sentence::parsed).count();
        }
        int m = articles.size();
        System.out.printf("%d articles, %d tokens (%.0f per article), %d sentences, %d parsed by the selector (%.0f %%)%n",
                m, tokens, (double) tokens / m, sentences, parsed, 100.0 * parsed / sentences);
        System.out.println("milliseconds per article, one thread:");
        row("annotate, no parse (tokenize, ssplit, pos, lemma, ner)", none, m);
        row("annotate, every sentence parsed", all, m);
        row("annotate, selective parse (what the pipeline does)", selective, m);
        row("actors", actors, m);
        row("quotes", quotes, m);
        row("events", events, m);
        row("places", geo, m);
        row("tone", tone, m);
        row("event dates (SUTime on event sentences)", dates, m);
        double total = (selective + actors + quotes + events + geo + tone + dates) / 1e6 / m;
        System.out.printf("%-58s %7.1f  -> %.0f tokens/s per thread%n", "pipeline total", total,
                tokens / ((selective + actors + quotes + events + geo + tone + dates) / 1e9));
        System.out.printf("%d events, %d dated from the text (%.0f %%), the rest by publication date%n", dated,
                fromText, dated == 0 ? 0.0 : 100.0 * fromText / dated);
    }

    private static void row(String what, long nanos, int n) {
        System.out.printf("%-58s %7.1f%n", what, nanos / 1e6 / n);
    }
}
