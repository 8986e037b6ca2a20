package dateline.event;

import java.util.Set;

/**
 * One condition of a {@link Pattern}: a token in a given relation to the trigger whose lemma (or word) is one
 * of {@code words} (any word when {@code words} is empty).
 *
 * @param role   how the token relates to the trigger: {@code subj}, {@code obj}, {@code comp}, {@code mod},
 *               {@code any} (anywhere below the trigger outside its subject), or a preposition set such as
 *               {@code for} or {@code with|to} (a phrase below the trigger introduced by that preposition)
 * @param preps  for preposition roles, the prepositions; else empty
 * @param words  accepted lemmas or words, lower case; empty means any
 * @param marks  {@code 'T'} when the phrase holds the target, {@code 'S'} when it holds the source, else 0
 */
public record Constraint(String role, Set<String> preps, Set<String> words, char marks) {
    public Constraint {
        preps = Set.copyOf(preps);
        words = Set.copyOf(words);
    }

    /** Whether {@code lemma} or {@code word} satisfies the word condition. */
    public boolean accepts(String lemma, String word) {
        return words.isEmpty() || words.contains(lemma) || words.contains(word);
    }

    public boolean isPreposition() {
        return !preps.isEmpty();
    }

    public boolean marksTarget() {
        return marks == 'T';
    }

    public boolean marksSource() {
        return marks == 'S';
    }
}
