package dateline.article;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds subheadings run into the body text: web pages (Voice of America among them) put short headings such as
 * "Recent attacks" or "Resistance continues" between paragraphs, and a text extracted without line breaks reads
 * "... so far. Recent attacks Since the beginning of the year, the group ...". Read as prose, the heading becomes
 * the start of the next sentence and lends it words, actors and even events it does not state.
 *
 * <p>A heading is a span at a sentence start (the text's start, a paragraph's start, or after a sentence's final
 * mark and a space) that is either one quoted phrase of two to eight words ("'It reflects the fear'") followed by
 * a capitalised word, or one to eight words with no punctuation, starting with a capital, holding no pronoun,
 * auxiliary or verb of speech (so it is not a clause) and not ending in a word that needs more, followed by one
 * space and a word that opens a clause but cannot go on a phrase in the middle of a sentence: a capitalised
 * preposition or subordinator ("Since", "Although"), a capitalised determiner before a lower-case word ("The
 * exiled"), a time phrase ("Hours after"), or an opening quotation mark starting a quoted sentence. A heading
 * ending in a capitalised word is taken only before a subordinator or a determiner, since a name may go on with a
 * capitalised preposition ("Reporters Without Borders"). A text where these rules find a heading evidently runs
 * its headings in; there a heading may also stand before "The", "A" or "Both" and a capitalised word ("Notorious
 * history The Croix des Bouquets prison ..."), which elsewhere is too often a name after a verb or a noun ("told
 * The Associated Press", "the newspaper The Guardian"). Words are data ({@code article/run-in-headings.tsv}).
 */
public final class RunInHeadings {
    private static final Pattern SENTENCE_START = Pattern.compile("\\A|[.!?][\"”’')\\]]? +|\\n\\n");
    /** Initials or an acronym before the mark ("C. J.", "U.S."): the mark may not end a sentence. */
    private static final Pattern INITIALS_BEFORE = Pattern.compile("(?:^|\\s)(?:\\p{Lu}\\.)+\\s*$");
    private static final Pattern QUOTED = Pattern.compile(
            "(['‘\"“])([^'’\"”\\n]{3,80}?)(['’\"”]) (?=\\p{Lu})");
    private static final Pattern NO_HEADING_MARK = Pattern.compile("[,;:!?\"“”()\\[\\]—–]|--|^-$");
    private static final Pattern ENDS_WITH_MARK = Pattern.compile("[.,;:!?\"”’)\\]—–]$");
    private static final Pattern ENDS_QUOTE = Pattern.compile("[.!?,;:]$");
    private static final int MAX_WORDS = 8;

    private final Map<String, Set<String>> uses;

    private RunInHeadings(Map<String, Set<String>> uses) {
        this.uses = Map.copyOf(uses);
    }

    /** The heading rules with Dateline's bundled word list. */
    public static RunInHeadings bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final RunInHeadings BUNDLED = load();
    }

    private static RunInHeadings load() {
        Set<String> known = Set.of("opener", "subordinator", "determiner", "time", "time-next", "clause",
                "not-first", "not-last", "name-determiner", "names-next");
        Map<String, Set<String>> uses = new HashMap<>();
        for (TableLine line : TableFile.resource("dateline/article/run-in-headings.tsv").lines()) {
            String[] f = line.fields(2, "word<TAB>use");
            if (!known.contains(f[1])) {
                throw line.error("unknown use '" + f[1] + "'; expected one of " + known);
            }
            uses.computeIfAbsent(f[0], w -> new HashSet<>()).add(f[1]);
        }
        return new RunInHeadings(uses);
    }

    /**
     * The spans of {@code text} that are run-in headings, in text order. A text where the strict rules find one
     * evidently runs its headings in, and is read again allowing a heading before "The" and a name.
     */
    public List<Span> find(String text) {
        List<Span> strict = find(text, false);
        return strict.isEmpty() ? strict : find(text, true);
    }

    private List<Span> find(String text, boolean headingsRunIn) {
        List<Span> found = new ArrayList<>();
        Matcher m = SENTENCE_START.matcher(text);
        while (m.find()) {
            int start = m.end();
            if (start >= text.length()
                    || INITIALS_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find()) {
                continue;
            }
            int end = quotedHeading(text, start);
            if (end < 0) {
                end = wordHeading(text, start, headingsRunIn);
            }
            if (end > start) {
                found.add(new Span(start, end));
            }
        }
        return found;
    }

    private int quotedHeading(String text, int start) {
        Matcher q = QUOTED.matcher(text).region(start, Math.min(text.length(), start + 120));
        if (!q.lookingAt()) {
            return -1;
        }
        String inner = q.group(2).strip();
        int words = inner.split("\\s+").length;
        if (words < 2 || words > MAX_WORDS || ENDS_QUOTE.matcher(inner).find()) {
            return -1;
        }
        return q.end() - 1;
    }

    private record Word(int start, int end, String text) {}

    private int wordHeading(String text, int start, boolean headingsRunIn) {
        List<Word> words = words(text, start);
        String first = words.isEmpty() ? "" : words.get(0).text();
        if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0)) || has(lower(first), "not-first")) {
            return -1;
        }
        for (int j = 1; j < words.size() && j <= MAX_WORDS; j++) {
            String last = words.get(j - 1).text();
            if (NO_HEADING_MARK.matcher(last).find() || ENDS_WITH_MARK.matcher(last).find() || isClauseWord(last)) {
                return -1;
            }
            if (has(lower(last), "not-last")) {
                continue;
            }
            String after = j + 1 < words.size() ? words.get(j + 1).text() : "";
            if (opensClause(text, words.get(j), after, last)
                    || headingsRunIn && opensBeforeName(words.subList(0, j), words.get(j).text(), after)) {
                return words.get(j - 1).end();
            }
        }
        return -1;
    }

    /** Up to {@code MAX_WORDS + 2} words from {@code start} that are one space apart: a heading runs on one line. */
    private static List<Word> words(String text, int start) {
        List<Word> words = new ArrayList<>();
        int i = start;
        while (words.size() < MAX_WORDS + 2) {
            int e = i;
            while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            if (e == i) {
                break;
            }
            words.add(new Word(i, e, text.substring(i, e)));
            boolean oneSpace = e + 1 < text.length() && text.charAt(e) == ' '
                    && !Character.isWhitespace(text.charAt(e + 1));
            if (!oneSpace) {
                break;
            }
            i = e + 1;
        }
        return words;
    }

    private boolean opensClause(String text, Word next, String after, String headingEnd) {
        String n = next.text();
        if ((n.startsWith("\u201C") || n.startsWith("\"")) && n.length() > 1 && Character.isUpperCase(n.codePointAt(1))) {
            return quotedSentenceFollows(text, next.start() + 1);
        }
        boolean ok;
        if (has(n, "time")) {
            ok = has(lower(after).replaceAll("[,.;:]+$", ""), "time-next");
        } else if (has(n, "opener") || has(n, "subordinator")) {
            ok = true;
        } else {
            ok = has(n, "determiner") && !after.isEmpty()
                    && (Character.isLowerCase(after.codePointAt(0)) || Character.isDigit(after.codePointAt(0)));
        }
        // A capitalised heading end may be a name going on: "Doctors Without Borders", "Brian Weeks".
        boolean headingEndsInName = Character.isUpperCase(headingEnd.codePointAt(0));
        return ok && !(headingEndsInName && !has(n, "subordinator") && !has(n, "determiner"));
    }

    private boolean opensBeforeName(List<Word> heading, String next, String after) {
        if (!has(next, "name-determiner") || after.isEmpty() || !Character.isUpperCase(after.codePointAt(0))) {
            return false;
        }
        for (Word w : heading) {
            String lower = lower(w.text());
            if (lower.endsWith("ed") || lower.endsWith("ing")) {
                return false;
            }
        }
        return !has(lower(heading.get(heading.size() - 1).text()), "names-next");
    }

    /** A quotation of at least four words opens at {@code from}: a quoted sentence, not a quoted name ("Greens"). */
    private static boolean quotedSentenceFollows(String text, int from) {
        int close = from;
        while (close < text.length() && text.charAt(close) != '\u201D' && text.charAt(close) != '"') {
            close++;
        }
        String quoted = text.substring(from, close).strip();
        return !quoted.isEmpty() && quoted.split("\\s+").length >= 4;
    }

    private boolean isClauseWord(String word) {
        if (word.chars().anyMatch(Character::isLetter) && word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String stem = word.split("['’]", 2)[0];
        return has(lower(stem), "clause");
    }

    private boolean has(String word, String use) {
        Set<String> u = uses.get(word);
        return u != null && u.contains(use);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
