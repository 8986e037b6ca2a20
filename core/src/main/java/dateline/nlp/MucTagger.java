package dateline.nlp;

import dateline.knowledge.TableFile;
import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.QuantifiableEntityNormalizer;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CoreNLP's MUC CRF (DATE, TIME, MONEY, PERCENT), run only on sentences that can hold such an expression.
 *
 * <p>CoreNLP's NER annotator runs every CRF on every sentence; the MUC model cost a quarter of the annotation
 * time before parsing, while only about half of wire-copy sentences have a digit, a currency sign or a word for a
 * date, a time span or a currency ({@code muc-cues.txt}), and on the others it finds nothing. So the NER annotator runs the 3-class model
 * alone and this class adds the MUC labels afterwards, as CoreNLP's combiner would: a DATE, TIME, MONEY or
 * PERCENT run is taken only where every token is still unlabelled or labelled by CoreNLP's numeric rules (which
 * in CoreNLP's own order run after the CRFs and yield to them).
 * Thread-safe, as the CRF is when CoreNLP shares it between threads.
 */
final class MucTagger {
    static final String MODEL = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
    private static final Set<String> TYPES = Set.of("DATE", "TIME", "MONEY", "PERCENT");
    /** Labels of CoreNLP's numeric rules, which run after the CRFs in its own order and so yield to them. */
    private static final Set<String> NUMERIC =
            Set.of("NUMBER", "ORDINAL", "DATE", "TIME", "DURATION", "MONEY", "PERCENT", "SET");

    private final AbstractSequenceClassifier<CoreLabel> crf;
    private final Set<String> cues;

    private MucTagger(AbstractSequenceClassifier<CoreLabel> crf, Set<String> cues) {
        this.crf = crf;
        this.cues = cues;
    }

    /** Loads the MUC model from the CoreNLP models jar (about a second). */
    static MucTagger load() {
        try {
            return new MucTagger(CRFClassifier.getClassifier(MODEL), readCues());
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load CoreNLP model " + MODEL + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code tokens} have a digit, a currency sign, a percent sign or a cue word. */
    boolean mayHoldExpression(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isDigit(c) || c == '%' || Character.getType(c) == Character.CURRENCY_SYMBOL) {
                    return true;
                }
            }
            if (cues.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Labels the DATE, TIME, MONEY and PERCENT expressions of one NER-tagged sentence in place, if it may hold
     * any. Returns whether a label changed; the caller builds entity mentions afterwards.
     */
    boolean tag(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || tokens.isEmpty() || !mayHoldExpression(tokens)) {
            return false;
        }
        // As CoreNLP's ClassifierCombiner calls it: classifySentence labels copies, prepared the way the model was
        // trained (classify alone would skip that and label differently).
        List<CoreLabel> labelled = crf.classifySentence(tokens);
        int from = -1;
        int to = -1;
        boolean changed = false;
        int i = 0;
        while (i < labelled.size()) {
            String label = labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            int end = i + 1;
            while (end < labelled.size() && label != null
                    && label.equals(labelled.get(end).get(CoreAnnotations.AnswerAnnotation.class))) {
                end++;
            }
            if (label != null && TYPES.contains(label) && free(tokens, i, end)) {
                for (int k = i; k < end; k++) {
                    CoreLabel t = tokens.get(k);
                    t.setNER(label);
                    // A numeric normalisation left on part of the run would split it into several mentions.
                    t.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                    t.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, label);
                    t.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, label);
                }
                // Normalise the new runs with a token of context on each side, as CoreNLP does after merging the
                // CRFs' labels (which also joins this/DATE afternoon/TIME into one TIME). Not the whole sentence:
                // the NER annotator normalised it already, and a second pass relabels plain numbers.
                int a = Math.max(0, i - 1);
                int b = Math.min(tokens.size(), end + 1);
                if (from >= 0 && a > to) {
                    normalise(tokens, from, to);
                    from = -1;
                }
                from = from < 0 ? a : from;
                to = b;
                changed = true;
            }
            i = end;
        }
        if (from >= 0) {
            normalise(tokens, from, to);
        }
        return changed;
    }

    /**
     * CoreNLP's normaliser, on copies of tokens [from, to): it also rewrites part-of-speech tags (a "since" before
     * a date becomes DATE_MOD), which CoreNLP's combiner never lets reach the sentence and which would change the
     * parse. Only the entity labels and normalised values are copied back, as CoreNLP's NER annotator does.
     */
    private static void normalise(List<CoreLabel> tokens, int from, int to) {
        List<CoreLabel> copies = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            copies.add(new CoreLabel(tokens.get(k)));
        }
        QuantifiableEntityNormalizer.addNormalizedQuantitiesToEntities(copies, false, false);
        for (int k = from; k < to; k++) {
            CoreLabel out = copies.get(k - from);
            CoreLabel t = tokens.get(k);
            if (!java.util.Objects.equals(out.ner(), t.ner())) {
                t.setNER(out.ner());
                t.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, out.ner());
                t.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, out.ner());
            }
            String normalised = out.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (normalised != null) {
                t.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalised);
            }
        }
    }

    private static boolean free(List<CoreLabel> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            String ner = tokens.get(k).ner();
            if (ner != null && !ner.equals("O") && !NUMERIC.contains(ner)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> readCues() {
        return Set.copyOf(TableFile.resource("dateline/nlp/muc-cues.txt").words(false));
    }
}
