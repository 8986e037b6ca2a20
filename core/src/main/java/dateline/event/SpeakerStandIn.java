package dateline.event;

import dateline.actor.Actor;
import dateline.article.Span;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.PronounLink;
import dateline.nlp.Pronouns;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import dateline.quote.Quote;

/**
 * When a pronoun subject may stand for the speaker of the reported speech around it. A pronoun the annotator
 * links to a person is that person: it stands for the speaker only when that person is the speaker ("he served
 * as a guard ..., a Pentagon spokesman said": "he" is the guard, not the Pentagon).
 */
final class SpeakerStandIn {
    private SpeakerStandIn() {
    }

    /** The annotator's link of the pronoun at token {@code t} of sentence {@code s}, or null. */
    static PronounLink link(AnnotatedArticle article, Sentence s, int t) {
        if (t < 0) {
            return null;
        }
        for (PronounLink p : article.pronouns()) {
            if (p.sentence() == s.index() && p.token() == t) {
                return p;
            }
        }
        return null;
    }

    /** Whether a linked pronoun (if any: null passes) refers to {@code speaker}'s mention or its antecedent. */
    static boolean refersTo(PronounLink link, Actor speaker) {
        if (link == null) {
            return true;
        }
        Span ante = link.antecedent().span();
        return overlaps(ante, speaker.span()) || speaker.antecedent() != null && overlaps(ante, speaker.antecedent());
    }

    /**
     * Whether {@code pronoun} is a third-person pronoun inside {@code quote}'s own words: a speaker names himself
     * "I" or "we" there, so "'They attacked the hotel,' said X" never makes X the attacker.
     */
    static boolean quotedThirdPerson(Quote quote, Token pronoun) {
        Span in = quote.content();
        return quote.kind() == Quote.Kind.DIRECT && Pronouns.bundled().isThirdPerson(pronoun.word())
                && in.start() <= pronoun.span().start() && pronoun.span().end() <= in.end();
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
