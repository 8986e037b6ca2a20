package dateline.eval;

import dateline.article.Article;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a PentaClass news set: its own article, the class of the event it reports and, when annotated,
 * the actor spans.
 *
 * @param id      the set's id for it
 * @param penta   the gold PentaClass, 0 to 4 ({@link dateline.cameo.Codebook#pentaClass})
 * @param sources source actor spans as the set gives them (tokens joined by spaces: "Sri Lanka 's"); empty when
 *                none are annotated
 * @param targets target actor spans
 * @param both    spans of joint or reciprocal actors ("Israel and Hamas agreed")
 * @param article the sentence as an article, with no date
 */
public record PentaSentence(String id, int penta, List<String> sources, List<String> targets, List<String> both,
        Article article) {
    public PentaSentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        if (penta < 0 || penta >= PentaSet.CLASSES) {
            throw new IllegalArgumentException("PentaClass " + penta + " is not 0 to 4");
        }
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        both = List.copyOf(both);
    }

    /** The spans a coded source may agree with: the source spans and the joint-actor spans. */
    public List<String> sourceSpans() {
        return java.util.stream.Stream.concat(sources.stream(), both.stream()).toList();
    }
}
