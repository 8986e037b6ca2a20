package dateline.jmh;

import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.event.Event;
import dateline.geo.Place;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.CoreNlpAnnotator;
import dateline.nlp.NlpConfig;
import dateline.pipeline.Knowledge;
import dateline.pipeline.ParsePlan;
import dateline.pipeline.Pipeline;
import dateline.quote.QuoteFinding;
import dateline.tone.Tone;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The pipeline's hot paths, one benchmark per stage, on one article (the bundled example unless the system
 * property {@code dateline.article} names another text file): CoreNLP annotation without a parse, the choice of
 * sentences to parse, the full annotation, and each knowledge stage on the annotated article.
 * Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StagesBenchmark {
    private Knowledge knowledge;
    private CoreNlpAnnotator annotator;
    private Pipeline pipeline;
    private Article article;
    private AnnotatedArticle unparsed;
    private AnnotatedArticle annotated;
    private ActorMentions actors;
    private QuoteFinding quotes;

    /** Loads the models and knowledge once and annotates the article once. */
    @Setup
    public void load() throws Exception {
        Path file = Path.of(System.getProperty("dateline.article", "examples/iran-iraq-call.txt"));
        article = ArticleFiles.bundled().readBytes(file.toString(), Files.readAllBytes(file),
                new ArticleOptions(LocalDate.of(2020, 11, 28), LocalDate.now()));
        knowledge = Knowledge.bundled();
        annotator = new CoreNlpAnnotator(NlpConfig.full());
        pipeline = new Pipeline(annotator, knowledge);
        unparsed = annotator.annotate(article, none -> Set.of());
        annotated = annotator.annotate(article, pipeline.parseSelection());
        actors = knowledge.actors().resolve(annotated);
        quotes = knowledge.quotes().find(annotated, actors);
    }

    @Benchmark
    public AnnotatedArticle annotateWithoutParse() {
        return annotator.annotate(article, none -> Set.of());
    }

    @Benchmark
    public AnnotatedArticle annotateWithSelectiveParse() {
        return annotator.annotate(article, pipeline.parseSelection());
    }

    @Benchmark
    public ParsePlan chooseSentencesToParse() {
        return pipeline.parseSelection().plan(unparsed);
    }

    @Benchmark
    public ActorMentions resolveActors() {
        return knowledge.actors().resolve(annotated);
    }

    @Benchmark
    public QuoteFinding findQuotes() {
        return knowledge.quotes().find(annotated, actors);
    }

    @Benchmark
    public List<Event> codeEvents() {
        return knowledge.events().code(annotated, actors, quotes.quotes());
    }

    @Benchmark
    public List<Place> geocode() {
        return knowledge.geocoder().geocode(annotated);
    }

    @Benchmark
    public Tone scoreTone() {
        return knowledge.tone().score(article.annotatableText());
    }
}
