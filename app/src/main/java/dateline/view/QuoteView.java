package dateline.view;

import dateline.article.Article;
import dateline.quote.Quote;
import dateline.record.Evidence;

/**
 * A quotation with its speaker. Field meanings are those of {@link Quote}; {@code tone} is null when not scored.
 *
 * @param content        the quoted words
 * @param cue            the speech verb or cue
 * @param speakerMention where the speaker is named near the quote
 */
public record QuoteView(Quote.Kind kind, Evidence content, Evidence cue, ActorView speaker, Evidence speakerMention,
        String attribution, int sentence, Double tone) {

    /** The view of quote {@code q} of article {@code a}. */
    public static QuoteView of(Article a, Quote q) {
        return new QuoteView(q.kind(), Evidence.of(a, q.content()), Evidence.of(a, q.cue()), ActorView.of(a, q.speaker()),
                Evidence.of(a, q.speakerSpan()), q.attribution(), q.sentence(), PlaceView.number(q.tone()));
    }
}
