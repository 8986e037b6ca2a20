package dateline.pipeline;

import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.event.Event;
import dateline.event.Explanation;
import dateline.geo.Place;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.CoreNlpAnnotator;
import dateline.nlp.NlpConfig;
import dateline.nlp.TaggedArticle;
import dateline.quote.QuoteFinding;
import dateline.tone.Tone;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where Dateline's stages are wired together: read article in, coded article out.
 *
 * <p>Stages run forward only: tag (CoreNLP without the parse), choose the sentences to parse
 * ({@link ParseSelection}), parse them, resolve actors, find quotes, code events, geocode and place events, score
 * tone, date events. The same pipeline runs in the CLI, the server and the Spark job. Thread-safe: every stage is immutable
 * or, for CoreNLP, built to be shared; worker threads share one instance so models and dictionaries are loaded once.
 */
public final class Pipeline {
    private final CoreNlpAnnotator annotator;
    private final Knowledge knowledge;
    private final ParseSelection selection;

    public Pipeline(CoreNlpAnnotator annotator, Knowledge knowledge) {
        this.annotator = annotator;
        this.knowledge = knowledge;
        this.selection = new ParseSelection(knowledge.actors(), knowledge.events()::mayHoldEvent, annotator.config());
    }

    /** A pipeline with the bundled models and knowledge. Loading takes several seconds. */
    public static Pipeline bundled() {
        return create(Knowledge.bundled());
    }

    /** A new pipeline (with its own CoreNLP annotator) sharing {@code knowledge}. */
    public static Pipeline create(Knowledge knowledge) {
        return new Pipeline(new CoreNlpAnnotator(NlpConfig.full()), knowledge);
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    /** The stage that chooses which sentences get a dependency parse. */
    public ParseSelection parseSelection() {
        return selection;
    }

    /** Codes one article. */
    public CodedArticle code(Article article) {
        return codeWithPlan(article).coded();
    }

    /**
     * Codes one article and keeps the parse plan that shaped its annotation: what {@code dateline explain} shows,
     * so that it explains the very annotation {@link #code} makes.
     */
    public PlannedCoding codeWithPlan(Article article) {
        if (!article.language().equals("en")) {
            // The models are English: coding other languages would give garbage events, so give none, and say so.
            AnnotatedArticle empty = new AnnotatedArticle(article, List.of(), List.of(), List.of());
            return new PlannedCoding(new ParsePlan(List.of()), new CodedArticle(empty, new ActorMentions(List.of()),
                    List.of(), List.of(), List.of(), null,
                    List.of("language '" + article.language() + "' is not supported: not coded")));
        }
        TaggedArticle tagged = annotator.tag(article);
        ParsePlan plan = selection.plan(tagged.unparsed());
        return new PlannedCoding(plan, code(annotator.parse(tagged, plan.chosen())));
    }

    /**
     * A coded article with the parse plan of its annotation.
     *
     * @param plan  which sentences were parsed, and why
     * @param coded the coded article, exactly as {@link #code} returns it
     */
    public record PlannedCoding(ParsePlan plan, CodedArticle coded) {
    }

    /** Codes an already annotated article. */
    public CodedArticle code(AnnotatedArticle annotated) {
        List<String> notes = new ArrayList<>();
        if (annotated.article().date() == null) {
            notes.add("article has no publication date: actor roles are the most recent known");
        }
        ActorMentions actors = knowledge.actors().resolve(annotated);
        QuoteFinding quotes = knowledge.quotes().find(annotated, actors);
        notes.addAll(quotes.problems());
        List<Event> events = knowledge.events().code(annotated, actors, quotes.quotes());
        List<Place> places = knowledge.geocoder().geocode(annotated);
        List<dateline.geo.Placement> placements = knowledge.geocoder().placeEvents(annotated, events, places);
        Tone tone = knowledge.tone().score(annotated.article().annotatableText());
        // Dated after coding and placing, from the events alone: the coder's patterns know nothing of dates.
        List<dateline.time.EventDate> dates = knowledge.dates().date(annotated, events);
        return new CodedArticle(annotated, actors, quotes.quotes(), events, places, tone, notes, dates, placements);
    }

    /**
     * Why sentence {@code sentence} of a coded article gave the events it gave: the event coder's trace over the
     * article's own annotation, actors and quotes, so it shows what {@link #code} did.
     */
    public Explanation explain(CodedArticle coded, int sentence) {
        return knowledge.events().explain(coded.annotation(), coded.actors(), coded.quotes(), sentence);
    }

    /** A printable description of the stages, for {@code dateline explain}. */
    @Override
    public String toString() {
        return "Pipeline[tag(" + annotator.config() + ") -> " + selection + " -> parse -> actors -> quotes -> events -> geocode -> place events -> tone -> event dates]";
    }
}
