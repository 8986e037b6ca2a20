package dateline.view;

import dateline.quote.Quote;

/**
 * A quotation with its speaker. Field meanings are those of {@link Quote}; {@code tone} is null when not scored.
 *
 * @param content        the quoted words
 * @param cue            the speech verb or cue
 * @param speakerMention where the speaker is named near the quote
 */
public record QuoteView(Quote.Kind kind, EvidenceView content, EvidenceView cue, ActorView speaker,
        EvidenceView speakerMention, String attribution, int sentence, Double tone) {

    /** The view of quote {@code q} of an article with text {@code text}. */
    public static QuoteView of(String text, Quote q) {
        return new QuoteView(q.kind(), EvidenceView.of(text, q.content()), EvidenceView.of(text, q.cue()),
                ActorView.of(text, q.speaker()), EvidenceView.of(text, q.speakerSpan()), q.attribution(), q.sentence(),
                PlaceView.number(q.tone()));
    }
}
