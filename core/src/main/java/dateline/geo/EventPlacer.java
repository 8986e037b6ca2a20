package dateline.geo;

import dateline.actor.Actor;
import dateline.article.Span;
import dateline.event.Event;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Dependency;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives an event the place named in a locative phrase of its own clause ("release of resources in Iraq"), or
 * none with the reason. Places that are the event's actors ("Iran opposes ...") are not its location, and the
 * dateline never is by default.
 */
final class EventPlacer {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across",
            "throughout", "around", "within", "into", "on");
    private static final int MAX_HOPS = 8;

    List<Placement> place(AnnotatedArticle a, List<Event> events, List<Place> places) {
        List<Placement> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(placeOne(a, e, places));
        }
        return List.copyOf(out);
    }

    private Placement placeOne(AnnotatedArticle a, Event e, List<Place> places) {
        if (e.sentence() < 0 || e.sentence() >= a.sentences().size()) {
            return Placement.none("event has no sentence");
        }
        Sentence s = a.sentences().get(e.sentence());
        List<Place> inSentence = new ArrayList<>();
        int actorsOnly = 0;
        for (Place p : places) {
            if (p.role() != Place.Role.MENTIONED || !s.span().contains(p.span())) {
                continue;
            }
            if (overlaps(e.source(), p) || overlaps(e.target(), p)) {
                actorsOnly++;
                continue;
            }
            inSentence.add(p);
        }
        if (inSentence.isEmpty()) {
            return Placement.none(actorsOnly > 0
                    ? "the places in its sentence are its actors, not its location (dateline not used)"
                    : "no place named in its sentence (dateline not used)");
        }
        Place best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Place p : inSentence) {
            int tok = s.tokenAt(p.span().start());
            if (tok < 0 || !locative(s, tok) || !inClause(s, tok, e.trigger())) {
                continue;
            }
            int d = e.trigger() == null ? 0 : Math.abs(p.span().start() - e.trigger().start());
            if (d < bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Placement.none("no place in a locative phrase (in, at, near ...) of its clause"
                    + " (dateline not used)");
        }
        return new Placement(best, "'" + a.article().slice(best.span()) + "' in a locative phrase of its clause");
    }

    private static boolean overlaps(Actor actor, Place p) {
        return actor != null && actor.span() != null && actor.span().overlaps(p.span());
    }

    /** Whether a locative preposition governs the place: "in Iraq", "in the Tehran-Baghdad corridor". */
    private static boolean locative(Sentence s, int tok) {
        for (int i = tok - 1; i >= 0 && i >= tok - 3; i--) {
            Token t = s.tokens().get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (LOCATIVE.contains(w)) {
                return true;
            }
            if (!(t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().startsWith("NNP"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the place hangs (within a few dependency hops) under a word of the trigger; true when unparsed. */
    private static boolean inClause(Sentence s, int tok, Span trigger) {
        if (!s.parsed() || trigger == null) {
            return true;
        }
        int t = tok;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            Dependency d = s.headOf(t);
            if (d == null || d.governor() < 0) {
                return false;
            }
            t = d.governor();
            if (trigger.overlaps(s.tokens().get(t).span())) {
                return true;
            }
        }
        return false;
    }
}
