package dateline.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dateline.event.Event;
import dateline.time.EventDate;
import java.time.LocalDate;
import java.util.List;

/**
 * A coded event with the evidence for each part and its date. Field meanings are those of {@link Event} and
 * {@link EventDate}.
 *
 * @param eventId      the store's event row this mention is counted in; absent for a freshly coded event and for a
 *                     stored negated one (counted in no row)
 * @param flags        the event's flags, by name, alphabetically
 * @param sentenceText the sentence it was coded from
 * @param quote        the quote it was coded from, or null
 * @param date         when it happened: an ISO day, or START/END for a range; null when undated
 * @param dateEvidence the date phrase, or null when the date is the publication date or unknown
 */
public record EventView(
        @JsonInclude(JsonInclude.Include.NON_NULL) Long eventId,
        int sentence, String code, String rootCode, int quadClass, double goldstein, String ploverCategory,
        String ploverMode, ActorView source, ActorView target, List<String> flags,
        @JsonProperty("isRoot") boolean isRoot, EvidenceView trigger, EvidenceView sentenceText, EvidenceView quote,
        PlaceView place, String placeReason, String rule, String date, LocalDate dateStart, LocalDate dateEnd,
        EventDate.Basis dateBasis, EvidenceView dateEvidence) {

    /** The view of event {@code e} of an article with text {@code text}, dated {@code d}. */
    public static EventView of(String text, Event e, EventDate d) {
        return new EventView(null, e.sentence(), e.code(), e.rootCode(), e.quadClass(), e.goldstein(),
                e.ploverCategory(), e.ploverMode(), ActorView.of(text, e.source()), ActorView.of(text, e.target()),
                e.flags().stream().map(Enum::name).sorted().toList(), e.isRoot(), EvidenceView.of(text, e.trigger()),
                EvidenceView.of(text, e.sentenceSpan()), EvidenceView.of(text, e.quote()), PlaceView.of(text, e.place()),
                e.placeReason(), e.rule(), d.iso(), d.start(), d.end(), d.basis(), EvidenceView.of(text, d.evidence()));
    }

    /** This view as a stored mention counted in event row {@code id} (null: in none). */
    public EventView counted(Long id) {
        return new EventView(id, sentence, code, rootCode, quadClass, goldstein,
                ploverCategory, ploverMode, source, target, flags, isRoot, trigger, sentenceText, quote, place,
                placeReason, rule, date, dateStart, dateEnd, dateBasis, dateEvidence);
    }
}
