package dateline.quote;

import dateline.actor.Actor;
import dateline.article.Span;

/**
 * A quotation and who said it.
 *
 * @param content     the quoted words (without the quote marks for DIRECT quotes)
 * @param cue         the speech verb or cue ("said", "added:", "according to"), or null
 * @param kind        DIRECT (in quote marks) or INDIRECT (reported speech)
 * @param speaker     the resolved speaker, or null when no speaker could be found
 * @param speakerSpan where the speaker is named near the quote ("he", "Rouhani"), or null
 * @param attribution how the speaker was found: "explicit cue", "preceding X added:", "pronoun chain",
 *                    "paragraph convention", ...
 * @param sentence    index of the sentence where the quote starts
 * @param tone        tone of the quoted words (same scale as the document tone), or NaN if not scored
 */
public record Quote(Span content, Span cue, Kind kind, Actor speaker, Span speakerSpan, String attribution,
        int sentence, double tone) {

    /** Whether the words are quoted directly or reported. */
    public enum Kind { DIRECT, INDIRECT }
}
