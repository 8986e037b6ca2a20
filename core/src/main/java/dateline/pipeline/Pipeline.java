package dateline.pipeline;

import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.event.Event;
import dateline.geo.Place;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.CoreNlpAnnotator;
import dateline.nlp.NlpConfig;
import dateline.quote.QuoteFinding;
import dateline.tone.Tone;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where Dateline's stages are wired together: read article in, coded article out.
 *
 * <p>Stages run forward only: annotate, resolve actors, find quotes, code events, geocode and place events, score
 * tone. The same pipeline runs in the CLI, the server and the Spark job. Not thread-safe (CoreNLP): use one per
 * thread, all made from one {@link Knowledge} so the dictionaries and gazetteer are loaded once.
 */
public final class Pipeline {
    private final CoreNlpAnnotator annotator;
    private final Knowledge knowledge;

    public Pipeline(CoreNlpAnnotator annotator, Knowledge knowledge) {
        this.annotator = annotator;
        this.knowledge = knowledge;
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

    /** Codes one article. */
    public CodedArticle code(Article article) {
        if (!article.language().equals("en")) {
            // The models are English: coding other languages would give garbage events, so give none, and say so.
            AnnotatedArticle empty = new AnnotatedArticle(article, List.of(), List.of(), List.of());
            return new CodedArticle(empty, new ActorMentions(List.of()), List.of(), List.of(), List.of(), null,
                    List.of("language '" + article.language() + "' is not supported: not coded"));
        }
        return code(annotator.annotate(article));
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
        events = knowledge.geocoder().placeEvents(annotated, events, places);
        Tone tone = knowledge.tone().score(annotated.article().annotatableText());
        return new CodedArticle(annotated, actors, quotes.quotes(), events, places, tone, notes);
    }

    /** A printable description of the stages, for {@code dateline explain}. */
    @Override
    public String toString() {
        return "Pipeline[annotate(" + annotator.config() + ") -> actors -> quotes -> events -> geocode -> place events -> tone]";
    }
}
