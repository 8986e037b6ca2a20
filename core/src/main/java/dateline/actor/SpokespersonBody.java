package dateline.actor;

import dateline.actor.PhraseMatcher.Match;
import java.util.List;
import java.util.Map;

/**
 * A spokesperson speaks for a body and is coded as that body, not as the media (the imported agent dictionary
 * gives "spokesman" the sector MED, which is right for no spokesperson of a government, army or armed group):
 * "Taliban spokesperson Zabihullah Mujahid" is the Taliban's code, "Chinese Foreign Ministry spokesperson Mao Ning"
 * and "the Pakistani army spokesperson" take the sector of the agent before the title (CHNGOV, PAKMIL) with the
 * mention's country. A spokesperson whose body the mention does not name keeps the dictionary's code.
 */
final class SpokespersonBody {
    /** The canonical name of the agent entry of "spokesman", "spokeswoman", "spokesperson". */
    static final String ENTRY_NAME = "spokesman";

    private SpokespersonBody() {
    }

    /**
     * Recodes, in {@code here} and {@code all} (and the person's entry in {@code titledNames}), each MED actor of the
     * sentence whose mention is a spokesperson's with the body named right before the title.
     *
     * @param speaker the dictionary's spokesperson entry, or null when it has none
     * @param ms      the sentence's dictionary matches
     */
    static void recode(DictionaryEntry speaker, List<Match> ms, List<Actor> here, List<Actor> all,
            Map<String, Actor> titledNames) {
        if (speaker == null) {
            return;
        }
        for (int i = 0; i < here.size(); i++) {
            Actor a = here.get(i);
            if (!a.actorCode().hasSector("MED") || !fromEntry(a, speaker)) {
                continue;
            }
            Match title = titleIn(a, speaker, ms);
            if (title == null) {
                continue;
            }
            Body body = body(a, title, ms, here);
            if (body == null || body.code().equals(a.code())) {
                continue;
            }
            Actor moved = new Actor(body.code(), a.name(), body.country(), a.role(), a.span(), a.sentence(),
                    a.tokenStart(), a.tokenEnd(), a.entry(), a.rule() + ", speaking for the body before the title",
                    a.dateBasis(), a.antecedent());
            here.set(i, moved);
            int at = all.indexOf(a);
            if (at >= 0) {
                all.set(at, moved);
            }
            titledNames.replaceAll((k, v) -> v == a ? moved : v);
        }
    }

    /** The code a spokesperson takes and its country (null when unknown). */
    private record Body(String code, String country) {
    }

    private static boolean fromEntry(Actor a, DictionaryEntry speaker) {
        String e = a.entry();
        return e != null && (e.equals(speaker.source()) || e.startsWith(speaker.source() + " "));
    }

    /** The spokesperson title's match inside the actor's mention, or null. */
    private static Match titleIn(Actor a, DictionaryEntry speaker, List<Match> ms) {
        for (Match m : ms) {
            if (m.entry().equals(speaker) && m.start() >= a.tokenStart() && m.end() <= a.tokenEnd()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The code of the body the title follows: an agent right before the title inside the mention ("army
     * spokesperson") gives its sector to the mention's country; an actor of a body (not a person, not a bare
     * country) ending where the mention starts gives its whole code ("Taliban spokesperson"). Null when neither.
     */
    private static Body body(Actor a, Match title, List<Match> ms, List<Actor> here) {
        for (Match m : ms) {
            if (m.isAgent() && !m.entry().equals(title.entry()) && m.end() == title.start() && m.start() >= a.tokenStart()) {
                String agent = m.entry().roles().get(0).code();
                String sectors = ActorCode.agentSectors(agent);
                if (sectors.isEmpty() || sectors.contains("MED")) {
                    return null;
                }
                return new Body(ActorCode.ofAgent(agent, a.country()).text(), a.country());
            }
        }
        if (title.start() > a.tokenStart() + 1) {
            return null;
        }
        for (Actor b : here) {
            if (b != a && b.tokenEnd() == title.start() && b.tokenStart() < title.start()
                    && !b.actorCode().isCountry() && b.country() != null && !b.actorCode().hasSector("MED")
                    && b.role() == null && b.found() == Found.NAME) {
                return new Body(b.code(), b.country());
            }
        }
        return null;
    }
}
