package dateline.article.html;

import dateline.knowledge.TableFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What marks page furniture, loaded once from the data files under {@code dateline/article/html/}:
 * class/id words ({@code boilerplate-classes.txt}), phrases of short blocks ({@code boilerplate-phrases.txt})
 * and headings of "Read more" lists ({@code related-headings.txt}). Immutable and thread-safe.
 */
public final class BoilerplateRules {
    /** Blocks longer than this are never judged by phrase alone: real paragraphs can mention "subscribe". */
    static final int MAX_PHRASE_BLOCK = 160;

    private final Set<String> classWords;
    private final List<String> classSubstrings;
    private final Pattern phrases;
    private final Pattern relatedHeadings;

    BoilerplateRules(Set<String> classWords, List<String> classSubstrings, Pattern phrases, Pattern relatedHeadings) {
        this.classWords = Set.copyOf(classWords);
        this.classSubstrings = List.copyOf(classSubstrings);
        this.phrases = phrases;
        this.relatedHeadings = relatedHeadings;
    }

    /** The rules shipped with Dateline. */
    public static BoilerplateRules bundled() {
        List<String> classLines = lines("boilerplate-classes.txt");
        Set<String> words = new java.util.HashSet<>();
        List<String> subs = new ArrayList<>();
        for (String l : classLines) {
            if (l.startsWith("~")) {
                subs.add(l.substring(1).toLowerCase(Locale.ROOT));
            } else {
                words.add(l.toLowerCase(Locale.ROOT));
            }
        }
        return new BoilerplateRules(words, subs, alternation(lines("boilerplate-phrases.txt")),
                alternation(lines("related-headings.txt")));
    }

    /** True when the class/id/role string {@code names} marks furniture. */
    public boolean isFurnitureName(String names) {
        if (names.isEmpty()) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        for (String s : classSubstrings) {
            if (lower.contains(s)) {
                return true;
            }
        }
        for (String word : words(names)) {
            if (classWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when a short block's whole text is a furniture phrase ("Share this article", "Advertisement"). */
    public boolean isFurniturePhrase(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= MAX_PHRASE_BLOCK && phrases.matcher(t).matches();
    }

    /** True when {@code text} is the heading of a related-stories list ("Read more", "Related articles:"). */
    public boolean isRelatedHeading(String text) {
        String t = text.strip().replaceAll("[:.\\s]+$", "");
        return !t.isEmpty() && t.length() <= 60 && relatedHeadings.matcher(t).matches();
    }

    /** Splits a class/id string into lower-case words at non-letters and camelCase humps. */
    static List<String> words(String names) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (!Character.isLetter(c)) {
                flush(w, out);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                    flush(w, out);
                }
                w.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        flush(w, out);
        return out;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 0) {
            out.add(w.toString());
            w.setLength(0);
        }
    }

    private static Pattern alternation(List<String> regexes) {
        StringBuilder sb = new StringBuilder();
        for (String r : regexes) {
            Pattern.compile(r); // fail on the bad line, not on the joined pattern
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("(?:").append(r).append(')');
        }
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private static List<String> lines(String name) {
        return List.copyOf(TableFile.resource("dateline/article/html/" + name).words(false));
    }
}
