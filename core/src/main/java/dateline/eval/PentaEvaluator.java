package dateline.eval;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.cameo.Codebook;
import dateline.event.Event;
import dateline.pipeline.CodedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a coder (normally {@code Pipeline::code}) over a PentaClass news set and scores each sentence by the class
 * of its events: detected (any event), class right (an event of the gold class), and source agreement (an event
 * of the gold class whose source mention shares a content word with a gold source or joint-actor span). Negated
 * events are left out, as in {@link Evaluator}: they did not happen.
 */
public final class PentaEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(PentaEvaluator.class);

    private final Function<Article, CodedArticle> coder;
    private final Codebook codebook;
    private final ContentWords words = ContentWords.bundled();

    public PentaEvaluator(Function<Article, CodedArticle> coder, Codebook codebook) {
        this.coder = coder;
        this.codebook = codebook;
    }

    /** Codes every sentence of {@code gold} and scores the result. */
    public PentaReport evaluate(PentaSet gold) {
        List<PentaResult> results = new ArrayList<>();
        long nanos = 0;
        for (PentaSentence s : gold.sentences()) {
            long start = System.nanoTime();
            CodedArticle coded = null;
            String failure = null;
            try {
                coded = coder.apply(s.article());
            } catch (RuntimeException e) {
                LOG.debug("coding {} failed", s.id(), e);
                failure = "coding failed (" + e + ")";
            }
            nanos += System.nanoTime() - start;
            results.add(score(s, coded, failure));
        }
        return new PentaReport(gold, results, nanos / 1e9);
    }

    /** Scores one sentence's coding ({@code coded} null when coding failed). */
    PentaResult score(PentaSentence s, CodedArticle coded, String failure) {
        List<Event> events = new ArrayList<>();
        int negated = 0;
        if (coded != null) {
            for (Event e : coded.events()) {
                if (Evaluator.negated(e)) {
                    negated++;
                } else {
                    events.add(e);
                }
            }
        }
        List<Integer> classes = events.stream().map(this::pentaClass).toList();
        Boolean sourceRight = null;
        if (!s.sourceSpans().isEmpty()) {
            sourceRight = false;
            for (int i = 0; i < events.size(); i++) {
                if (classes.get(i) == s.penta() && words.agree(mentionTexts(s.article(), events.get(i).source()),
                        s.sourceSpans())) {
                    sourceRight = true;
                    break;
                }
            }
        }
        return new PentaResult(s, events, classes, sourceRight, negated, failure);
    }

    int pentaClass(Event e) {
        String code = e.rootCode() != null && !e.rootCode().isBlank() ? e.rootCode() : e.code();
        return codebook.pentaClass(code).orElse(-1);
    }

    /** What a coded actor's mention says: its text and, for a pronoun or bare title, the mention it refers to. */
    static List<String> mentionTexts(Article article, Actor a) {
        if (a == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String text = article.text();
        if (a.span() != null && a.span().end() <= text.length()) {
            out.add(article.slice(a.span()));
        }
        if (a.antecedent() != null && a.antecedent().end() <= text.length()) {
            out.add(article.slice(a.antecedent()));
        }
        return out;
    }
}
