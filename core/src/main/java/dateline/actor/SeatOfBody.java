package dateline.actor;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The seat of an intergovernmental body standing for the body ({@code seats.tsv}): "EU member states broke with
 * Brussels", "NATO allies pressed Brussels for ...". A capital stands for its state's government; a city that
 * seats a body stands for the body when the story is about it. The country dictionaries resolve the city to its
 * host country ("Brussels" to Belgium); the mention becomes the body when the story has named the body in the same
 * sentence or before it (the nearest such mention chooses among the city's bodies) and the sentence does not name
 * the host country itself ("Belgium and Brussels" keeps Belgium).
 */
final class SeatOfBody {
    /** The rule of a seat recoded as its body. */
    static final String RULE = "name, seat of a body the story names";

    private record Seat(List<String> bodies, String entry) {
    }

    private static final class Holder {
        static final SeatOfBody BUNDLED = load(TableFile.resource("dateline/actor/seats.tsv"));
    }

    private final Map<String, Seat> seats;

    private SeatOfBody(Map<String, Seat> seats) {
        this.seats = Map.copyOf(seats);
    }

    static SeatOfBody bundled() {
        return Holder.BUNDLED;
    }

    static SeatOfBody load(TableFile file) {
        Map<String, Seat> seats = new HashMap<>();
        for (TableLine line : file.lines()) {
            String[] f = line.fields(2, "city<TAB>body codes");
            List<String> bodies = List.of(f[1].trim().split("\\s+"));
            if (bodies.isEmpty() || bodies.get(0).isEmpty()) {
                throw line.error("no body code for the city '" + f[0] + "'");
            }
            seats.put(fold(f[0]), new Seat(bodies, line.file() + ":" + line.number()));
        }
        return new SeatOfBody(seats);
    }

    /**
     * {@code actors} (in text order) with each seat the story's bodies explain recoded as the body;
     * {@code text} is the article text the spans point into.
     */
    List<Actor> apply(List<Actor> actors, String text) {
        List<Actor> out = new ArrayList<>(actors);
        for (int i = 0; i < out.size(); i++) {
            Actor a = out.get(i);
            Seat seat = a.rule().equals(Found.NAME.label()) ? seats.get(fold(a.span().slice(text))) : null;
            if (seat == null || hostNamed(out, a, text)) {
                continue;
            }
            Actor body = nearestBody(out, a, seat);
            if (body != null) {
                out.set(i, new Actor(body.code(), body.name(), body.country(), body.role(), a.span(), a.sentence(),
                        a.tokenStart(), a.tokenEnd(), seat.entry(), RULE, body.dateBasis(), null));
            }
        }
        return out;
    }

    /** Whether {@code seat}'s sentence names its host country by another mention ("Belgium and Brussels"). */
    private boolean hostNamed(List<Actor> actors, Actor seat, String text) {
        for (Actor b : actors) {
            if (b.sentence() == seat.sentence() && !b.span().equals(seat.span()) && b.code().equals(seat.code())
                    && !seats.containsKey(fold(b.span().slice(text)))) {
                return true;
            }
        }
        return false;
    }

    /** The mention of one of {@code seat}'s bodies nearest before it, or in its sentence after it; null if none. */
    private static Actor nearestBody(List<Actor> actors, Actor seatMention, Seat seat) {
        Actor best = null;
        for (Actor b : actors) {
            boolean before = b.span().compareTo(seatMention.span()) < 0;
            boolean body = seat.bodies().stream().anyMatch(b.code()::startsWith);
            if (!body || !before && b.sentence() != seatMention.sentence()) {
                continue;
            }
            if (best == null || before && (best.span().compareTo(b.span()) < 0
                    || best.span().compareTo(seatMention.span()) > 0)) {
                best = b;
            }
        }
        return best;
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
