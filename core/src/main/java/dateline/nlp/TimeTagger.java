package dateline.nlp;

import dateline.article.Span;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's SUTime, run on demand on one already annotated sentence: finds its date and time expressions and
 * normalises them against a reference date (the publication date).
 *
 * <p>SUTime is off in {@link CoreNlpAnnotator}'s NER (it would cost ~20 ms on every article); the event dater
 * calls this only for the sentences that hold events, on the tokens the annotator already made, so the
 * expressions' offsets are article offsets and nothing is tokenised twice. Thread-safe: SUTime's extractor is
 * shared by the threads of CoreNLP's own multi-threaded annotate and keeps no per-call state.
 */
public final class TimeTagger {
    private static final Logger LOG = LoggerFactory.getLogger(TimeTagger.class);

    private final TimeExpressionExtractor extractor;

    private TimeTagger(TimeExpressionExtractor extractor) {
        this.extractor = extractor;
    }

    /** Loads SUTime's bundled English rules from the CoreNLP models jar (about a second). */
    public static TimeTagger load() {
        Properties p = new Properties();
        p.setProperty("sutime.rules", "edu/stanford/nlp/models/sutime/defs.sutime.txt,"
                + "edu/stanford/nlp/models/sutime/english.sutime.txt,"
                + "edu/stanford/nlp/models/sutime/english.holidays.sutime.txt");
        // Holidays resolve through SUTime's own rules file; the JollyDay binder reads a second calendar and adds
        // nothing for news dates.
        p.setProperty("sutime.binders", "0");
        return new TimeTagger(TimeExpressionExtractorFactory.createExtractor("sutime", p));
    }

    /**
     * The date and time expressions of {@code sentence} of {@code article}, normalised against {@code reference}
     * (null when the article has no date: values then keep unknown parts as X, "XXXX-WXX-6").
     */
    public List<TimeExpression> find(AnnotatedArticle article, Sentence sentence, LocalDate reference) {
        String text = article.article().text();
        List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
        for (Token t : sentence.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(text.substring(t.span().start(), t.span().end()));
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setNER(t.ner());
            l.setBeginPosition(t.span().start());
            l.setEndPosition(t.span().end());
            l.setIndex(t.index() + 1);
            l.setSentIndex(sentence.index());
            labels.add(l);
        }
        Annotation s = new Annotation(text.substring(sentence.span().start(), sentence.span().end()));
        s.set(CoreAnnotations.TokensAnnotation.class, labels);
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.span().start());
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.span().end());
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.index());
        s.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        s.set(CoreAnnotations.TokenEndAnnotation.class, labels.size());
        List<TimeExpression> out = new ArrayList<>();
        List<CoreMap> found;
        try {
            found = extractor.extractTimeExpressionCoreMaps(s, reference == null ? null : reference.toString());
        } catch (RuntimeException e) {
            // SUTime's rules can fail on odd input; an expression it cannot read dates nothing, and the events of
            // this sentence fall back to the publication date.
            LOG.debug("SUTime failed on sentence {} of {}", sentence.index(), article.article().source(), e);
            return out;
        }
        if (found == null) {
            return out;
        }
        for (CoreMap m : found) {
            List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            if (tokens == null || tokens.isEmpty() || timex == null) {
                continue;
            }
            int first = tokens.get(0).index() - 1;
            int last = tokens.get(tokens.size() - 1).index();
            Span span = new Span(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
            out.add(new TimeExpression(span, text.substring(span.start(), span.end()), sentence.index(), first, last,
                    timex.timexType(), timex.value()));
        }
        return out;
    }
}
