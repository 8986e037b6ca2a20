package dateline.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dateline.article.Article;
import dateline.record.ActorRecord;
import dateline.record.EventRecord;
import dateline.record.Evidence;
import dateline.record.MentionRecord;
import dateline.time.EventDate;
import java.time.LocalDate;
import java.util.List;

/**
 * A coded event with the evidence for each part and its date, laid out from its {@link MentionRecord} (the row model
 * every output shares). Field meanings are those of {@link MentionRecord}, {@link EventRecord} and
 * {@link EventDate}.
 *
 * @param eventId      the store's event row this mention is counted in; absent for a freshly coded event and for a
 *                     stored negated one (counted in no row)
 * @param flags        the event's flags, by name, in the one order of {@link dateline.record.EventFlags}
 * @param sentenceText the sentence it was coded from
 * @param quote        the quote it was coded from, or null
 * @param date         when it happened: an ISO day, or START/END for a range; null when undated
 * @param dateEvidence the date phrase, or null when the date is the publication date or unknown
 */
public record EventView(
        @JsonInclude(JsonInclude.Include.NON_NULL) Long eventId,
        int sentence, String code, String baseCode, String rootCode, int quadClass, double goldstein,
        String ploverCategory, String ploverMode, ActorRecord source, ActorRecord target, List<String> flags,
        @JsonProperty("isRoot") boolean isRoot, int confidence, Evidence trigger, Evidence sentenceText,
        Evidence quote, PlaceView place, String placeReason, String rule, String date, LocalDate dateStart,
        LocalDate dateEnd, EventDate.Basis dateBasis, Evidence dateEvidence) {

    /** The view of mention {@code m} of article {@code a}. */
    public static EventView of(Article a, MentionRecord m) {
        EventRecord e = m.event();
        EventDate d = m.date();
        return new EventView(null, m.sentence(), e.code(), e.baseCode(), e.rootCode(), e.quadClass(), e.goldstein(),
                e.ploverCategory(), e.ploverMode(), e.source(), e.target(), m.flags().names(), e.isRoot(),
                m.confidence(), m.trigger(), m.sentenceText(), m.quote(), PlaceView.of(a, e.place()),
                m.placeReason(), m.rule(), d.iso(), d.start(), d.end(), d.basis(), Evidence.of(a, d.evidence()));
    }

    /** This view as a stored mention counted in event row {@code id} (null: in none). */
    public EventView counted(Long id) {
        return new EventView(id, sentence, code, baseCode, rootCode, quadClass, goldstein, ploverCategory, ploverMode,
                source, target, flags, isRoot, confidence, trigger, sentenceText, quote, place, placeReason, rule, date,
                dateStart, dateEnd, dateBasis, dateEvidence);
    }
}
