package dateline.actor;

import dateline.article.Article;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds dictionary phrases in a sentence: left to right, the longest match at each token, looked up by the
 * token's first folded word (its form or its lemma, so "officials" finds "official"). Multi-word capitalised
 * names with no exact match are tried by consonant skeleton ("Al-Kazemi" ~ "al-Kadhimi").
 */
final class PhraseMatcher {
    /**
     * A dictionary phrase found at tokens [start, end) of a sentence.
     *
     * @param namesakes other actor entries with a phrase of exactly these words, in priority order after
     *                  {@code entry} ("President Bush" names two presidents): the resolver picks the one the context
     *                  or the date fits
     */
    record Match(int start, int end, DictionaryEntry entry, Found rule, List<DictionaryEntry> namesakes) {
        Match(int start, int end, DictionaryEntry entry, Found rule) {
            this(start, end, entry, rule, List.of());
        }

        boolean isAgent() {
            return entry.isAgent();
        }
    }

    /** Closed-class tags that never make a one-word actor ("us", "US" as a pronoun at sentence start). */
    private static final Set<String> CLOSED = Set.of("PRP", "PRP$", "DT", "IN", "CC", "MD", "TO", "WP", "WP$",
            "WDT", "WRB", "EX", "RB", "RP", "PDT", "UH");
    private static final int MAX_FUZZY_TOKENS = 6;
    /** The (empty) word list of a hyphen token, compared by identity. */
    private static final List<String> HYPHEN = new ArrayList<>(0);
    private static final List<String> THE = List.of("the");

    private static boolean isHyphen(String word) {
        return word.equals("-") || word.equals("\u2010") || word.equals("\u2011");
    }

    private final ActorDictionary dictionary;

    PhraseMatcher(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<Match> find(Sentence s, Article article) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        List<List<String>> forms = new ArrayList<>(n);
        List<List<String>> lemmas = new ArrayList<>(n);
        for (Token t : tokens) {
            List<String> f = isHyphen(t.word()) ? HYPHEN : NameKeys.words(t.word());
            forms.add(f);
            lemmas.add(t.lemma() == null || t.lemma().equals(t.word()) ? f : NameKeys.words(t.lemma()));
        }
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Match m = forms.get(i).isEmpty() || article.isBoilerplate(tokens.get(i).span()) ? null
                    : exact(tokens, forms, lemmas, i);
            if (m != null && forms.get(i).equals(THE) && i + 1 < n) {
                // "the West Bank": a phrase starting after "the" that reaches further is the name ("West Bank"),
                // not a shorter one that takes the article ("the West").
                Match after = exact(tokens, forms, lemmas, i + 1);
                if (after != null && after.end() > m.end()) {
                    m = null;
                }
            }
            if (m == null) {
                m = fuzzy(tokens, forms, i);
            }
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Match exact(List<Token> tokens, List<List<String>> forms, List<List<String>> lemmas, int i) {
        Match best = null;
        int bestRank = Integer.MAX_VALUE;
        List<ActorDictionary.Phrase> sameWords = new ArrayList<>(2);
        String f0 = forms.get(i).get(0);
        String l0 = lemmas.get(i).isEmpty() ? f0 : lemmas.get(i).get(0);
        for (String key : f0.equals(l0) ? new String[] {f0} : new String[] {f0, l0}) {
            for (ActorDictionary.Phrase p : dictionary.startingWith(key)) {
                int end = align(p.words(), forms, lemmas, i);
                if (end < 0 || !acceptable(tokens, i, end, p.entry())) {
                    continue;
                }
                if (best == null || end > best.end()) {
                    sameWords.clear();
                }
                if (best == null || end >= best.end()) {
                    sameWords.add(p);
                }
                if (best == null || end > best.end() || (end == best.end() && p.rank() < bestRank)) {
                    best = new Match(i, end, p.entry(), Found.NAME);
                    bestRank = p.rank();
                }
            }
        }
        return best == null || best.isAgent() ? best : withNamesakes(best, sameWords);
    }

    /** The match with the other actor entries found for the same words, in priority order. */
    private static Match withNamesakes(Match best, List<ActorDictionary.Phrase> sameWords) {
        List<ActorDictionary.Phrase> others = new ArrayList<>();
        for (ActorDictionary.Phrase p : sameWords) {
            if (p.entry() != best.entry() && !p.entry().isAgent()
                    && others.stream().noneMatch(o -> o.entry() == p.entry())) {
                others.add(p);
            }
        }
        if (others.isEmpty()) {
            return best;
        }
        others.sort(java.util.Comparator.comparingInt(ActorDictionary.Phrase::rank));
        return new Match(best.start(), best.end(), best.entry(), best.rule(),
                others.stream().map(ActorDictionary.Phrase::entry).toList());
    }

    /** The token after the phrase if it matches at token {@code i} ending on a token boundary, else -1. */
    private static int align(String[] words, List<List<String>> forms, List<List<String>> lemmas, int i) {
        int pos = 0;
        int t = i;
        while (pos < words.length) {
            if (t >= forms.size()) {
                return -1;
            }
            if (pos > 0 && forms.get(t).isEmpty() && forms.get(t) == HYPHEN) {
                t++; // CoreNLP splits "Al-Kazemi" into Al, -, Kazemi: the hyphen is transparent inside a name
                continue;
            }
            int k = consume(words, pos, forms.get(t));
            if (k < 0) {
                k = consume(words, pos, lemmas.get(t));
            }
            if (k < 0) {
                return -1;
            }
            pos += k;
            t++;
        }
        return t;
    }

    private static int consume(String[] words, int pos, List<String> tokenWords) {
        if (tokenWords.isEmpty() || pos + tokenWords.size() > words.length) {
            return -1;
        }
        for (int j = 0; j < tokenWords.size(); j++) {
            if (!words[pos + j].equals(tokenWords.get(j))) {
                return -1;
            }
        }
        return tokenWords.size();
    }

    /**
     * Names must show a capital somewhere ("Chad", not "chad"; "US", not "us") and a one-word name must not be a
     * function word; an agent must end on a noun ("officials said", not "an official visit").
     */
    private static boolean acceptable(List<Token> tokens, int start, int end, DictionaryEntry e) {
        if (e.isAgent()) {
            return tokens.get(end - 1).isNoun() || adjectiveBeforeFiniteVerb(tokens, end);
        }
        if (end - start == 1 && CLOSED.contains(tokens.get(start).pos()) && !acronym(tokens, start)) {
            return false;
        }
        if (continuesPersonName(tokens, end) || beforeCompassName(tokens, end)) {
            return false;
        }
        for (int t = start; t < end; t++) {
            String w = tokens.get(t).word();
            // A capital anywhere: a name mistyped in mixed case ("iSrael") is still a name; "us" and "chad" are not.
            if (!w.isEmpty() && (w.chars().anyMatch(Character::isUpperCase) || Character.isDigit(w.charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sector word the tagger read as an adjective right before a finite verb ("Israeli military struck"): there
     * it is the subject's head, as no adjective can be; before a noun ("military action") it stays no actor.
     */
    private static boolean adjectiveBeforeFiniteVerb(List<Token> tokens, int end) {
        return end < tokens.size() && tokens.get(end - 1).pos().equals("JJ")
                && FINITE_VERB.contains(tokens.get(end).pos());
    }

    private static final Set<String> FINITE_VERB = Set.of("VBD", "VBZ", "VBP", "MD");

    /**
     * An acronym the tagger read as a function word ("the WHO said"): three or more capitals, not opening the
     * sentence (where a headline or a shouted "WHO" may be the pronoun).
     */
    private static boolean acronym(List<Token> tokens, int t) {
        String w = tokens.get(t).word();
        return t > 0 && w.length() >= 3 && w.chars().allMatch(Character::isUpperCase);
    }

    /**
     * Whether a phrase ending before token {@code end} stops inside a person's name: the last word and the next are
     * both a PERSON's proper nouns. "Foreign Minister Abdullah" is someone else than "Foreign Minister Abdullah
     * Kamal", and "Ali" someone else than "Ali Kamal".
     */
    /**
     * Whether a phrase ends on a compass word that begins a longer capitalised name: "the West" is not the West in
     * "the West African kingdom" or "West Java"; names the dictionaries know ("West Bank") match as a whole first.
     */
    private static boolean beforeCompassName(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        String w = tokens.get(end - 1).word().toLowerCase(java.util.Locale.ROOT);
        String next = tokens.get(end).word();
        return COMPASS.contains(w) && !next.isEmpty() && Character.isUpperCase(next.charAt(0));
    }

    private static final Set<String> COMPASS = Set.of("west", "east", "north", "south", "western", "eastern",
            "northern", "southern");

    private static boolean continuesPersonName(List<Token> tokens, int end) {
        return end < tokens.size() && tokens.get(end - 1).ner().equals("PERSON") && tokens.get(end).isProperNoun()
                && tokens.get(end).ner().equals("PERSON");
    }

    private Match fuzzy(List<Token> tokens, List<List<String>> forms, int i) {
        int limit = Math.min(tokens.size(), i + MAX_FUZZY_TOKENS);
        int last = i;
        while (last < limit && (tokens.get(last).isProperNoun()
                || (last > i && forms.get(last) == HYPHEN && last + 1 < limit && tokens.get(last + 1).isProperNoun()))) {
            last++;
        }
        if (!tokens.get(i).isProperNoun()) {
            return null;
        }
        for (int end = last; end >= i + 1; end--) {
            if (forms.get(end - 1) == HYPHEN || continuesPersonName(tokens, end)) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (int t = i; t < end; t++) {
                words.addAll(forms.get(t));
            }
            if (words.size() < 2) {
                continue;
            }
            ActorDictionary.Phrase best = null;
            for (ActorDictionary.Phrase p : dictionary.withSkeleton(NameKeys.skeleton(words))) {
                if (best == null || p.rank() < best.rank()) {
                    best = p;
                }
            }
            if (best != null) {
                return new Match(i, end, best.entry(), Found.TRANSLITERATION);
            }
        }
        return null;
    }
}
