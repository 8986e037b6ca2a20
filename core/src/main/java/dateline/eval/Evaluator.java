package dateline.eval;

import dateline.article.Article;
import dateline.article.Span;
import dateline.event.Event;
import dateline.nlp.Sentence;
import dateline.pipeline.CodedArticle;
import dateline.time.EventDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a coder (normally {@code Pipeline::code}, one pipeline for every gold set) over a gold set's documents and
 * scores what it codes.
 *
 * <p>A coded event belongs to the gold sentence whose locating phrase its sentence overlaps; in a one-sentence
 * document, to that sentence. Events of sentences the gold does not name are scored as sentences expecting no
 * event, so every one of them is a false positive (the seed gold's "any other coded event is a false positive").
 */
public final class Evaluator {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    private final Function<Article, CodedArticle> coder;

    public Evaluator(Function<Article, CodedArticle> coder) {
        this.coder = coder;
    }

    /** Codes every document of {@code gold} and scores the result. */
    public EvalReport evaluate(GoldSet gold) {
        Scorer scorer = new Scorer(gold.scheme());
        List<CheckReport> checks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long nanos = 0;
        long negated = 0;
        DateTally dates = new DateTally();
        for (GoldDocument doc : gold.documents()) {
            long start = System.nanoTime();
            CodedArticle coded;
            try {
                coded = coder.apply(doc.article());
            } catch (RuntimeException e) {
                LOG.debug("coding {} failed", doc.id(), e);
                failures.add(doc.id() + ": coding failed (" + e + ")");
                coded = null;
            }
            nanos += System.nanoTime() - start;
            if (coded != null) {
                negated += coded.events().stream().filter(Evaluator::negated).count();
            }
            Map<Event, EventDate> dated = new IdentityHashMap<>();
            if (coded != null) {
                for (int i = 0; i < coded.events().size(); i++) {
                    dated.put(coded.events().get(i), coded.dateOf(i));
                }
            }
            for (SentenceCase c : cases(doc, coded)) {
                dates.add(scorer.add(c), dated, doc.article().date());
            }
            if (doc.checks() != null && coded != null) {
                checks.addAll(new ArticleChecker().check(doc.checks(), coded));
            }
        }
        return new EvalReport(gold, scorer.results(), scorer.scores(), scorer.confusion(), checks, failures,
                nanos / 1e9, negated, dates.scores());
    }

    /** Date accuracy, counted sentence by sentence. */
    private static final class DateTally {
        private long goldDated;
        private long matched;
        private long correct;
        private long publicationCorrect;
        private final List<String> misses = new ArrayList<>();

        void add(SentenceResult r, Map<Event, EventDate> dated, java.time.LocalDate published) {
            SentenceCase c = r.sentence();
            SentenceMatch m = r.at(DateScores.LEVEL);
            for (int i = 0; i < c.gold().size(); i++) {
                GoldEvent g = c.gold().get(i);
                if (g.eventDate() == null) {
                    continue;
                }
                goldDated++;
                int j = m.gold().get(i);
                if (j < 0) {
                    continue;
                }
                matched++;
                EventDate d = dated.get(c.predicted().get(j));
                String coded = d == null ? null : d.iso();
                if (g.eventDate().equals(coded)) {
                    correct++;
                } else {
                    misses.add(g.id() + ": gold " + g.eventDate() + ", coded " + (coded == null ? "no date" : coded)
                            + (d == null ? "" : " (" + d.basis() + (d.text() == null ? "" : " \"" + d.text() + "\"")
                                    + ")"));
                }
                if (published != null && g.eventDate().equals(published.toString())) {
                    publicationCorrect++;
                }
            }
        }

        DateScores scores() {
            return new DateScores(goldDated, matched, correct, publicationCorrect, misses);
        }
    }

    /**
     * A negated event ("Japan did not condemn China") is coded, flagged, for users who want it, but it did not
     * happen: gold sets code what happened, so it is not scored (neither a hit nor a false positive).
     */
    static boolean negated(Event e) {
        return e.flags().contains(Event.Flag.NEGATED);
    }

    /**
     * The document's sentences to score, in text order, with the coded events assigned to them. Gold sentences
     * whose phrases fall in the same annotated sentence are scored as one ("presence of US troops" and "The
     * Americans have always" name the same sentence).
     */
    static List<SentenceCase> cases(GoldDocument doc, CodedArticle coded) {
        Article article = doc.article();
        List<Event> events = coded == null ? List.of()
                : coded.events().stream().filter(e -> !negated(e)).toList();
        Map<Span, List<GoldSentence>> units = new LinkedHashMap<>();
        for (GoldSentence s : doc.sentences()) {
            Span at = s.locator() == null ? new Span(0, article.text().length()) : unit(s.locate(article.text()), coded);
            units.computeIfAbsent(at, k -> new ArrayList<>()).add(s);
        }
        Map<Span, List<Event>> assigned = new LinkedHashMap<>();
        units.keySet().forEach(k -> assigned.put(k, new ArrayList<>()));
        Map<Integer, List<Event>> others = new TreeMap<>();
        for (Event e : events) {
            Span sentence = sentenceSpan(e, coded);
            Span home = null;
            for (Map.Entry<Span, List<GoldSentence>> u : units.entrySet()) {
                if (u.getValue().get(0).locator() == null || sentence != null && sentence.overlaps(u.getKey())) {
                    home = u.getKey();
                    break;
                }
            }
            if (home != null) {
                assigned.get(home).add(e);
            } else {
                others.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Map.Entry<Integer, SentenceCase>> ordered = new ArrayList<>();
        for (Map.Entry<Span, List<GoldSentence>> u : units.entrySet()) {
            List<GoldSentence> group = u.getValue();
            GoldSentence first = group.get(0);
            String id = String.join("+", group.stream().map(GoldSentence::id).toList());
            String label = first.locator() != null ? first.locator() : first.text();
            List<GoldEvent> gold = group.stream().flatMap(g -> g.events().stream()).toList();
            boolean none = group.stream().allMatch(GoldSentence::expectsNone);
            ordered.add(Map.entry(u.getKey().start(), new SentenceCase(id, label, true, gold, none,
                    assigned.get(u.getKey()), article)));
        }
        for (Map.Entry<Integer, List<Event>> o : others.entrySet()) {
            Span span = sentenceSpan(o.getValue().get(0), coded);
            String label = span == null ? null : article.slice(span);
            ordered.add(Map.entry(span == null ? Integer.MAX_VALUE : span.start(), new SentenceCase(
                    "sentence " + o.getKey(), label, false, List.of(), false, o.getValue(), article)));
        }
        ordered.sort(Comparator.comparing(Map.Entry::getKey));
        return ordered.stream().map(Map.Entry::getValue).toList();
    }

    /** The annotated sentences a located phrase falls in (their union), or the phrase itself without annotation. */
    private static Span unit(Span phrase, CodedArticle coded) {
        if (phrase == null) {
            return new Span(0, 0);
        }
        Span unit = null;
        if (coded != null) {
            for (Sentence s : coded.annotation().sentences()) {
                if (s.span().overlaps(phrase)) {
                    unit = unit == null ? s.span() : unit.union(s.span());
                }
            }
        }
        return unit == null ? phrase : unit;
    }

    private static Span sentenceSpan(Event e, CodedArticle coded) {
        if (e.sentenceSpan() != null) {
            return e.sentenceSpan();
        }
        List<Sentence> sentences = coded.annotation().sentences();
        return e.sentence() >= 0 && e.sentence() < sentences.size() ? sentences.get(e.sentence()).span() : null;
    }
}
