package dateline.eval;

import dateline.event.Event;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores sentences one by one at every {@link Level} and keeps the running counts and the root confusion table.
 * One scorer per gold set; not thread-safe.
 */
public final class Scorer {
    private final Scheme scheme;
    private final EventMatcher matcher;
    private final Map<Level, Totals> counts = new EnumMap<>(Level.class);
    private final Confusion confusion = new Confusion();
    private final List<SentenceResult> results = new ArrayList<>();

    /** The running totals of one level, in the order of {@link LevelScores}'s components. */
    private static final class Totals {
        long tp, fp, fn, optional, duplicates, goldSentences, found, emitting, clean, named, exact, noEvent,
                noEventEmpty;

        LevelScores scores(Level l) {
            return new LevelScores(l, tp, fp, fn, optional, duplicates, goldSentences, found, emitting, clean, named,
                    exact, noEvent, noEventEmpty);
        }
    }

    public Scorer(Scheme scheme) {
        this.scheme = scheme;
        this.matcher = new EventMatcher(scheme);
        for (Level l : Level.values()) {
            counts.put(l, new Totals());
        }
    }

    /** Scores one sentence and adds it to the totals. */
    public SentenceResult add(SentenceCase c) {
        Map<Level, SentenceMatch> matches = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            SentenceMatch m = matcher.match(level, c.gold(), c.predicted());
            matches.put(level, m);
            tally(counts.get(level), c, m);
        }
        addConfusion(c, matches.get(Level.ROOT));
        SentenceResult r = new SentenceResult(c, matches);
        results.add(r);
        return r;
    }

    private static void tally(Totals n, SentenceCase c, SentenceMatch m) {
        long missed = 0;
        for (int i = 0; i < c.gold().size(); i++) {
            if (c.gold().get(i).required()) {
                if (m.gold().get(i) >= 0) {
                    n.tp++;
                } else {
                    n.fn++;
                    missed++;
                }
            }
        }
        long fp = m.count(SentenceMatch.Outcome.FALSE_POSITIVE);
        n.fp += fp;
        n.optional += m.count(SentenceMatch.Outcome.OPTIONAL);
        n.duplicates += m.count(SentenceMatch.Outcome.DUPLICATE);
        if (c.hasRequired()) {
            n.goldSentences++;
            if (missed == 0) {
                n.found++;
            }
        }
        if (!c.predicted().isEmpty()) {
            n.emitting++;
            if (fp == 0) {
                n.clean++;
            }
        }
        if (c.inGold()) {
            n.named++;
            if (missed == 0 && fp == 0) {
                n.exact++;
            }
        }
        if (c.expectsNone()) {
            n.noEvent++;
            if (c.predicted().isEmpty()) {
                n.noEventEmpty++;
            }
        }
    }

    /**
     * Root-level pairs go on the diagonal; then each missed required gold event is paired with a false positive of
     * the same sentence (one with the gold's countries first), so that "coded 04 where the gold says 11" shows; what
     * is left over pairs with {@link Confusion#NONE}.
     */
    private void addConfusion(SentenceCase c, SentenceMatch m) {
        List<Integer> falsePositives = new ArrayList<>();
        for (int j = 0; j < c.predicted().size(); j++) {
            if (m.predicted().get(j) == SentenceMatch.Outcome.FALSE_POSITIVE) {
                falsePositives.add(j);
            }
        }
        for (int i = 0; i < c.gold().size(); i++) {
            GoldEvent g = c.gold().get(i);
            if (!g.required()) {
                continue;
            }
            int j = m.gold().get(i);
            if (j >= 0) {
                String root = Labels.root(scheme, c.predicted().get(j));
                confusion.add(root, root);
                continue;
            }
            String goldRoot = Labels.root(scheme, g.primary());
            Integer pick = null;
            for (Integer fp : falsePositives) {
                if (Labels.matches(scheme, Level.ROOT_COUNTRIES, withAnyCode(g, c.predicted().get(fp)),
                        c.predicted().get(fp))) {
                    pick = fp;
                    break;
                }
            }
            if (pick == null && !falsePositives.isEmpty()) {
                pick = falsePositives.get(0);
            }
            if (pick != null) {
                falsePositives.remove(pick);
                confusion.add(goldRoot, Labels.root(scheme, c.predicted().get(pick)));
            } else {
                confusion.add(goldRoot, Confusion.NONE);
            }
        }
        for (int j : falsePositives) {
            confusion.add(Confusion.NONE, Labels.root(scheme, c.predicted().get(j)));
        }
        if (c.expectsNone() && c.predicted().isEmpty()) {
            confusion.add(Confusion.NONE, Confusion.NONE);
        }
    }

    /** The gold event with the coded event's code accepted, to test the countries alone. */
    private GoldEvent withAnyCode(GoldEvent g, Event e) {
        String code = Labels.code(scheme, e);
        if (code == null) {
            return g;
        }
        return new GoldEvent(g.id(), g.required(), List.of(scheme == Scheme.PLOVER ? Labels.root(scheme, e) : code),
                null, g.sourceCountry(), g.targetCountry(), g.sourceCode(), g.targetCode(), g.note());
    }

    /** The totals so far, per level. */
    public Map<Level, LevelScores> scores() {
        Map<Level, LevelScores> out = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            out.put(l, counts.get(l).scores(l));
        }
        return out;
    }

    public Confusion confusion() {
        return confusion;
    }

    public List<SentenceResult> results() {
        return List.copyOf(results);
    }
}
