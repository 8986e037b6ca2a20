package dateline.quote;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.article.Span;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Dependency;
import dateline.nlp.EntityMention;
import dateline.nlp.PronounLink;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds who speaks through a cue verb: its grammatical subject, or for a participle ("..., adding:") the subject
 * of the verb it hangs from; pronouns are followed to the person they refer to, and the speaker's actor is looked
 * up by token.
 */
final class Speakers {
    private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass");
    private static final Set<String> CLIMB = Set.of("advcl", "xcomp", "conj", "parataxis", "dep", "ccomp", "acl");
    private static final Set<String> MODIFIERS = Set.of("det", "amod", "compound", "flat", "nmod:poss");

    /** A speaker mention: its head token and span, and how it was reached (for the attribution text). */
    record Speaker(int sentence, int token, Span span, String how) {
    }

    private final AnnotatedArticle a;
    private final ActorMentions actors;

    Speakers(AnnotatedArticle a, ActorMentions actors) {
        this.a = a;
        this.actors = actors;
    }

    /** The speaker of cue verb {@code verb}, never a token for which {@code excluded} holds (words in a quote). */
    Speaker of(Sentence s, int verb, Predicate<Span> excluded) {
        int v = verb;
        for (int hops = 0; hops < 4 && v >= 0; hops++) {
            for (Dependency d : s.childrenOf(v)) {
                Token subj = s.tokens().get(d.dependent());
                boolean nominal = subj.isNoun() || subj.pos().startsWith("PRP");
                if (SUBJECT.contains(d.relation()) && nominal && !excluded.test(subj.span())) {
                    return mention(s, d.dependent(), hops == 0 ? "subject of the cue" : "subject of the verb the cue"
                            + " depends on");
                }
            }
            Dependency up = s.headOf(v);
            v = up != null && CLIMB.contains(up.relation()) ? up.governor() : -1;
        }
        // No parse to follow: the nearest person or pronoun before the cue.
        for (int t = verb - 1; t >= 0; t--) {
            Token tok = s.tokens().get(t);
            if (excluded.test(tok.span())) {
                continue;
            }
            if ("PERSON".equals(tok.ner()) || "TITLE".equals(tok.ner()) || a.pronounAt(tok.span()).isPresent()) {
                return mention(s, t, "nearest person before the cue");
            }
        }
        return null;
    }

    /** The mention at a token: a pronoun, the named entity covering it, or the noun with its modifiers. */
    Speaker mention(Sentence s, int tok, String how) {
        Token t = s.tokens().get(tok);
        if (t.pos().startsWith("PRP")) {
            return new Speaker(s.index(), tok, t.span(), how);
        }
        Span span = t.span();
        for (EntityMention e : a.entitiesIn(s.index())) {
            if (e.tokenStart() <= tok && tok < e.tokenEnd()) {
                if (e.type().equals("PERSON")) {
                    return new Speaker(s.index(), tok, e.span(), how);
                }
                span = e.span(); // a title: widen it with its modifiers ("the Iranian President")
            }
        }
        for (Dependency d : s.childrenOf(tok)) {
            if (MODIFIERS.contains(d.relation())) {
                span = span.union(s.tokens().get(d.dependent()).span());
            }
        }
        // A title with the name attached ("The health minister Sara Okafor"): the name is part of the speaker.
        for (EntityMention e : a.entitiesIn(s.index())) {
            if (e.type().equals("PERSON") && attached(s, tok, e)) {
                span = span.union(e.span());
            }
        }
        return new Speaker(s.index(), tok, span, how);
    }

    private static boolean attached(Sentence s, int tok, EntityMention e) {
        Dependency up = s.headOf(tok);
        if (up != null && up.governor() >= e.tokenStart() && up.governor() < e.tokenEnd()) {
            return true;
        }
        for (int t = e.tokenStart(); t < e.tokenEnd(); t++) {
            Dependency d = s.headOf(t);
            if (d != null && d.governor() == tok) {
                return true;
            }
        }
        return false;
    }

    /** The speaker's actor: the mention's own, else (for a pronoun) that of the person it refers to. */
    Actor actor(Speaker sp) {
        Optional<Actor> direct = actors.at(sp.sentence(), sp.token());
        if (direct.isPresent()) {
            return direct.get();
        }
        Optional<PronounLink> link = a.pronounAt(a.sentences().get(sp.sentence()).tokens().get(sp.token()).span());
        if (link.isPresent()) {
            EntityMention ante = link.get().antecedent();
            for (int t = ante.tokenStart(); t < ante.tokenEnd(); t++) {
                Optional<Actor> found = actors.at(ante.sentence(), t);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return null;
    }

    /** "; pronoun chain: he -> Hassan Rouhani (subject of sentence 3)" when the speaker is a resolved pronoun. */
    String chain(Speaker sp) {
        Span span = a.sentences().get(sp.sentence()).tokens().get(sp.token()).span();
        return a.pronounAt(span)
                .map(l -> "; pronoun chain: " + a.article().slice(span) + " -> " + l.antecedent().text()
                        + " (" + l.reason() + ")")
                .orElse("");
    }

    /** The name the speaker goes by in the text: the pronoun's antecedent, or the mention itself. */
    String name(Speaker sp) {
        Span span = a.sentences().get(sp.sentence()).tokens().get(sp.token()).span();
        return a.pronounAt(span).map(l -> l.antecedent().text()).orElse(a.article().slice(sp.span()));
    }
}
