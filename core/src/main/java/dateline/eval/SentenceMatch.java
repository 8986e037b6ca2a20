package dateline.eval;

import java.util.List;

/**
 * How the coded events of one sentence were matched to its gold events at one level.
 *
 * @param gold      for each gold event (in gold order), the index of the coded event matched to it, or -1
 * @param predicted for each coded event, what it counted as
 */
public record SentenceMatch(List<Integer> gold, List<Outcome> predicted) {
    public SentenceMatch {
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
    }

    /** What a coded event counted as. */
    public enum Outcome {
        /** Matched a required gold event: a true positive. */
        MATCHED,
        /** Matched an optional gold event: neither right nor wrong. */
        OPTIONAL,
        /** The same label and countries as a matched event of the same sentence: a repeat, not counted. */
        DUPLICATE,
        /** Matched nothing: a false positive. */
        FALSE_POSITIVE
    }

    public long count(Outcome o) {
        return predicted.stream().filter(p -> p == o).count();
    }
}
