package dateline.pipeline;

import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.event.Event;
import dateline.event.Explanation;
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
 * tone, date events. The same pipeline runs in the CLI, the server and the Spark job. Thread-safe: every stage is immutable
 * or, for CoreNLP, built to be shared; worker threads share one instance so models and dictionaries are loaded once.
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
        return code(annotator.annotate(article, this::sentencesToParse));
    }

    /**
     * The sentences worth a dependency parse: those with a trigger word of some event pattern and a candidate
     * for the source: a resolved actor, a personal pronoun, or a quotation in the paragraph (whose speaker can be
     * the source). An event needs a source; its target may be absent where the root allows (roots.tsv). Parsing
     * is the costliest step, and sentences without either are skipped.
     */
    public java.util.Set<Integer> sentencesToParse(AnnotatedArticle unparsed) {
        ActorMentions actors = knowledge.actors().resolve(unparsed);
        String text = unparsed.article().text();
        java.util.Set<Integer> chosen = new java.util.HashSet<>();
        for (dateline.nlp.Sentence s : unparsed.sentences()) {
            if (!knowledge.events().mayHoldEvent(s)) {
                continue;
            }
            long candidates = actors.inSentence(s.index()).stream().map(a -> a.span()).distinct().count();
            for (dateline.nlp.Token t : s.tokens()) {
                if (t.pos().startsWith("PRP") && PERSONAL.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                    candidates++;
                }
            }
            if (candidates < 1 && paragraphHasQuote(unparsed, s, text)) {
                candidates++;
            }
            if (candidates >= 1) {
                chosen.add(s.index());
            }
        }
        return chosen;
    }

    private static boolean paragraphHasQuote(AnnotatedArticle a, dateline.nlp.Sentence s, String text) {
        for (dateline.nlp.Sentence other : a.sentences()) {
            if (other.paragraph() == s.paragraph()) {
                String slice = text.substring(other.span().start(), other.span().end());
                for (int i = 0; i < slice.length(); i++) {
                    if (QUOTE_MARKS.indexOf(slice.charAt(i)) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> PERSONAL = dateline.nlp.Pronouns.bundled().personal();
    private static final String QUOTE_MARKS = "\"“”«»„";

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

    /** Annotates an article (the first stage alone). */
    public AnnotatedArticle annotate(Article article) {
        return annotator.annotate(article);
    }

    /** Why sentence {@code sentence} of an annotated article gave the events it gave, with the same stages as {@link #code}. */
    public Explanation explain(AnnotatedArticle annotated, int sentence) {
        ActorMentions actors = knowledge.actors().resolve(annotated);
        QuoteFinding quotes = knowledge.quotes().find(annotated, actors);
        return knowledge.events().explain(annotated, actors, quotes.quotes(), sentence);
    }

    /** A printable description of the stages, for {@code dateline explain}. */
    @Override
    public String toString() {
        return "Pipeline[annotate(" + annotator.config() + ") -> actors -> quotes -> events -> geocode -> place events -> tone -> event dates]";
    }
}
