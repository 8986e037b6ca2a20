package dateline.pipeline;

import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.CoreNlpAnnotator;
import dateline.nlp.NlpConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where Dateline's stages are wired together: read article in, coded article out.
 *
 * <p>Stages run forward only: annotate, resolve actors, find quotes, code events, geocode, score tone. The same
 * pipeline runs in the CLI, the server and the Spark job. Not thread-safe (CoreNLP): use one per thread.
 */
public final class Pipeline {
    private final CoreNlpAnnotator annotator;

    public Pipeline(CoreNlpAnnotator annotator) {
        this.annotator = annotator;
    }

    /** A pipeline with the bundled models and dictionaries. Loading takes several seconds. */
    public static Pipeline bundled() {
        return new Pipeline(new CoreNlpAnnotator(NlpConfig.full()));
    }

    /** Codes one article. */
    public CodedArticle code(Article article) {
        if (!article.language().equals("en")) {
            // The models are English: coding other languages would give garbage events, so give none, and say so.
            AnnotatedArticle empty = new AnnotatedArticle(article, List.of(), List.of(), List.of());
            return new CodedArticle(empty, new ActorMentions(List.of()), List.of(), List.of(), List.of(), null,
                    List.of("language '" + article.language() + "' is not supported: not coded"));
        }
        AnnotatedArticle annotated = annotator.annotate(article);
        return code(annotated);
    }

    /** Codes an already annotated article. */
    public CodedArticle code(AnnotatedArticle annotated) {
        List<String> notes = new ArrayList<>();
        if (annotated.article().date() == null) {
            notes.add("article has no publication date: actor roles are the most recent known");
        }
        return new CodedArticle(annotated, new ActorMentions(List.of()), List.of(), List.of(), List.of(), null, notes);
    }

    /** A printable description of the stages, for {@code dateline explain}. */
    @Override
    public String toString() {
        return "Pipeline[annotate(" + annotator.config() + ")]";
    }
}
