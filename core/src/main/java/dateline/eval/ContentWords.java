package dateline.eval;

import dateline.knowledge.TableFile;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a mention: its runs of letters and digits, lower-cased, less the function words of
 * {@code dateline/eval/function-words.txt}. Two mentions agree when they share one ("Sri Lanka 's" and "the Sri
 * Lankan army" share "sri"). Immutable and thread-safe.
 */
final class ContentWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String RESOURCE = "/dateline/eval/function-words.txt";

    private final Set<String> functionWords;

    private ContentWords(Set<String> functionWords) {
        this.functionWords = Set.copyOf(functionWords);
    }

    static ContentWords bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final ContentWords BUNDLED = load();
    }

    /** The content words of {@code text}, in order of first occurrence. */
    Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!functionWords.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** Whether the texts of one mention (with its antecedent, say) share a content word with any of {@code spans}. */
    boolean agree(Collection<String> mentionTexts, Collection<String> spans) {
        Set<String> words = new LinkedHashSet<>();
        mentionTexts.forEach(t -> words.addAll(of(t)));
        for (String s : spans) {
            for (String w : of(s)) {
                if (words.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ContentWords load() {
        return new ContentWords(TableFile.resource(RESOURCE).words(true));
    }
}
