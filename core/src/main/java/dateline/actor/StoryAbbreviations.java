package dateline.actor;

import dateline.actor.PhraseMatcher.Match;
import dateline.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Abbreviations a story defines: "the Baloch Liberation Army (BLA)" makes a later "BLA" (and "BLA insurgents", one of
 * its own people) that actor, for the rest of the article. Learned from a dictionary name right before a
 * parenthesised word in capitals ({@link #learn}) and from the initials of a dictionary name of three or more
 * capitalised words the story has named ({@link #learnInitials}); the later uses are added as matches of that name before the
 * sentence's matches are combined ({@link #insert}), so every rule for names applies to them. An abbreviation the
 * dictionaries already know keeps their meaning.
 */
final class StoryAbbreviations {
    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 8;
    /** Words in lower case that initials leave out ("of" in ICJ, "for" and "and" in OECD). */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in",
            "de", "del", "la", "al", "-", "'s");

    private StoryAbbreviations() {
    }

    /**
     * Records in {@code known} each abbreviation the sentence defines after a dictionary name ("Haitian National
     * Police (HNP)"), unless a dictionary phrase covers the abbreviation itself or it is already defined.
     */
    static void learn(List<Token> tokens, List<Match> ms, Map<String, DictionaryEntry> known) {
        for (int t = 1; t + 2 < tokens.size(); t++) {
            if (!opens(tokens.get(t)) || !closes(tokens.get(t + 2)) || !abbreviation(tokens.get(t + 1).word())) {
                continue;
            }
            int at = t + 1;
            Match name = null;
            boolean covered = false;
            for (Match m : ms) {
                if (m.end() == t && !m.isAgent() && m.end() - m.start() >= 2) {
                    name = m;
                }
                covered |= m.start() <= at && at < m.end();
            }
            if (name != null && !covered) {
                known.putIfAbsent(tokens.get(at).word(), name.entry());
            }
        }
    }

    /**
     * Records in {@code known} the initials of each dictionary name of three or more capitalised words the sentence
     * names ("Baloch Liberation Army" gives BLA, "International Court of Justice" ICJ): news writes a group's initials
     * after its full name without defining them. Function words in lower case are skipped; a name with any other
     * lower-case word has no initials.
     */
    static void learnInitials(List<Token> tokens, List<Match> ms, Map<String, DictionaryEntry> known) {
        for (Match m : ms) {
            if (m.isAgent()) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (int t = m.start(); t < m.end(); t++) {
                String w = tokens.get(t).word();
                if (w.isEmpty() || FUNCTION_WORDS.contains(w) || !Character.isLetter(w.charAt(0))) {
                    continue;
                }
                if (!Character.isUpperCase(w.charAt(0))) {
                    initials.setLength(0);
                    break;
                }
                initials.append(w.charAt(0));
            }
            if (initials.length() >= 3 && abbreviation(initials.toString()) && !covered(ms, initials.toString(), tokens)) {
                known.putIfAbsent(initials.toString(), m.entry());
            }
        }
    }

    /** Whether a dictionary match of the sentence is the word itself (the dictionaries know it). */
    private static boolean covered(List<Match> ms, String word, List<Token> tokens) {
        for (Match m : ms) {
            if (m.end() - m.start() == 1 && tokens.get(m.start()).word().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence's matches with a match added for each later use of a defined abbreviation that no match covers
     * (the defining parenthesis itself excepted), in token order.
     */
    static List<Match> insert(List<Token> tokens, List<Match> ms, Map<String, DictionaryEntry> known) {
        if (known.isEmpty()) {
            return ms;
        }
        List<Match> out = new ArrayList<>(ms);
        for (int t = 0; t < tokens.size(); t++) {
            DictionaryEntry e = known.get(tokens.get(t).word());
            if (e == null || t > 0 && opens(tokens.get(t - 1)) || covered(ms, t)) {
                continue;
            }
            out.add(new Match(t, t + 1, e, Found.NAME));
        }
        out.sort(Comparator.comparingInt(Match::start));
        return out;
    }

    private static boolean covered(List<Match> ms, int t) {
        for (Match m : ms) {
            if (m.start() <= t && t < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Two to eight capitals or digits, at least two of them capitals: "BLA", "HNP", "G5". */
    static boolean abbreviation(String w) {
        if (w.length() < MIN_LENGTH || w.length() > MAX_LENGTH) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                capitals++;
            } else if (!(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return capitals >= 2;
    }

    private static boolean opens(Token t) {
        return t.word().equals("(") || t.word().equals("-LRB-");
    }

    private static boolean closes(Token t) {
        return t.word().equals(")") || t.word().equals("-RRB-");
    }
}
