package dateline.pipeline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which sentences of an article get a dependency parse and why: one {@link ParseDecision} per sentence, in
 * sentence order. Made by {@link ParseSelection}; {@code dateline explain} prints it.
 */
public record ParsePlan(List<ParseDecision> decisions) {
    public ParsePlan {
        decisions = List.copyOf(decisions);
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).sentence() != i) {
                throw new IllegalArgumentException("decision " + i + " is for sentence " + decisions.get(i).sentence());
            }
        }
    }

    /** The indices of the sentences to parse. */
    public Set<Integer> chosen() {
        return decisions.stream().filter(ParseDecision::parse).map(ParseDecision::sentence).collect(Collectors.toSet());
    }

    /** The decision for sentence {@code sentence}. */
    public ParseDecision of(int sentence) {
        return decisions.get(sentence);
    }
}
