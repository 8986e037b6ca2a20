package dateline.nlp;

/**
 * A basic (Universal Dependencies) dependency edge inside one sentence.
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  relation name such as "nsubj", "obj", "obl", "nmod:poss"
 */
public record Dependency(int governor, int dependent, String relation) {
    public static final int ROOT = -1;
}
