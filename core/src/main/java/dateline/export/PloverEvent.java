package dateline.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import dateline.geo.Place;
import dateline.record.ActorRecord;
import dateline.record.EventRecord;
import dateline.record.Evidence;
import dateline.record.MentionRecord;
import dateline.time.EventDate;
import java.time.LocalDate;
import java.util.List;

/**
 * One event mention as a PLOVER-style record (one JSON object per line), after the PLOVER event-data format:
 * named fields, lists of actors and recipients, mode, context, the text the event was coded from, and a
 * location object.
 *
 * @param id          this record's id: article id and mention number ("3f2a…-4")
 * @param eventId     the aggregated event row it supports (GlobalEventID)
 * @param storyId     the article id
 * @param date        publication date, ISO-8601, or null
 * @param eventDate   when the event happened, ISO-8601 (the first day of a range), never after {@code date}; null
 *                    when undated
 * @param eventDateEnd the last day of the event date's range (equal to {@code eventDate} for one day)
 * @param dateBasis   how the event date was found: EXPLICIT_DATE, RELATIVE_WEEKDAY, RELATIVE_EXPRESSION,
 *                    PUBLICATION_DATE or UNDATED
 * @param dateText    the date phrase in the article ("on Saturday afternoon"), or null
 * @param eventType   PLOVER category ("CONSULT"), or null when the crosswalk has none
 * @param mode        PLOVER mode, or "" when none
 * @param context     PLOVER context labels ("legal", "military"), by the rules of {@link PloverContexts}
 * @param contextEvidence for each context label, in the same order, why it was given ("CAMEO 1053 in
 *                    CAMEO2PLOVER-2021", "actor USAMIL sector MIL")
 * @param actor       the source actors
 * @param recipient   the target actors (empty when none)
 * @param eventText   the sentence the event was coded from
 * @param triggerText the words that triggered the code
 * @param location    where it happened, or null
 * @param cameoCode   the CAMEO code
 * @param goldstein   its Goldstein weight
 * @param quadClass   its quad class
 * @param publisher   the article's source (agency, else site, else input)
 * @param url         the article's URL, or null
 * @param rule        the coding rule, for checking
 * @param flags       NEGATED, HYPOTHETICAL, FUTURE, REPORTED
 */
public record PloverEvent(
        String id,
        @JsonProperty("event_id") long eventId,
        @JsonProperty("story_id") String storyId,
        String date,
        @JsonProperty("event_date") String eventDate,
        @JsonProperty("event_date_end") String eventDateEnd,
        @JsonProperty("date_basis") String dateBasis,
        @JsonProperty("date_text") String dateText,
        @JsonProperty("event_type") String eventType,
        String mode,
        List<String> context,
        @JsonProperty("context_evidence") List<String> contextEvidence,
        List<Participant> actor,
        List<Participant> recipient,
        @JsonProperty("event_text") String eventText,
        @JsonProperty("trigger_text") String triggerText,
        Location location,
        @JsonProperty("cameo_code") String cameoCode,
        double goldstein,
        @JsonProperty("quad_class") int quadClass,
        String publisher,
        String url,
        String rule,
        List<String> flags) {

    public PloverEvent {
        context = List.copyOf(context);
        contextEvidence = List.copyOf(contextEvidence);
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
        flags = List.copyOf(flags);
    }

    /**
     * The PLOVER record of one event mention.
     *
     * @param m         the mention
     * @param eventId   the aggregated event row it supports
     * @param published the article's publication date, or null
     * @param publisher the article's source (agency, else site, else input)
     * @param url       the article's URL, or null
     * @param contexts  the context rules
     */
    public static PloverEvent of(MentionRecord m, long eventId, LocalDate published, String publisher, String url,
            PloverContexts contexts) {
        EventRecord e = m.event();
        EventDate d = m.date();
        List<PloverContexts.Context> context = contexts.of(e.code(), ActorRecord.codeOf(e.source()),
                ActorRecord.countryOf(e.source()), ActorRecord.codeOf(e.target()), ActorRecord.countryOf(e.target()));
        Place p = e.place();
        return new PloverEvent(m.articleId() + "-" + m.mention(), eventId, m.articleId(), iso(published),
                iso(d.start()), iso(d.end()), d.basis().name(), d.text(), e.ploverCategory(),
                e.ploverMode() == null ? "" : e.ploverMode(),
                context.stream().map(PloverContexts.Context::label).toList(),
                context.stream().map(PloverContexts.Context::evidence).toList(), participant(e.source()),
                participant(e.target()), text(m.sentenceText()), text(m.trigger()),
                p == null ? null : new Location(p.name(), p.countryIso3(), p.adm1(), p.lat(), p.lon(), p.geonameId(),
                        p.featureType() == null ? null : p.featureType().name()),
                e.code(), e.goldstein(), e.quadClass(), publisher, url, m.rule(), m.flags().names());
    }

    private static List<Participant> participant(ActorRecord a) {
        return a == null ? List.of() : List.of(new Participant(a.name(), a.code(), a.country(), text(a.mention())));
    }

    private static String text(Evidence e) {
        return e == null ? null : e.text();
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /**
     * An actor or recipient.
     *
     * @param name    its name
     * @param code    CAMEO actor code
     * @param country 3-letter country code, or null
     * @param text    the mention as written in the article
     */
    public record Participant(String name, String code, String country, String text) {
    }

    /**
     * A location.
     *
     * @param name       place name
     * @param country    ISO 3166 alpha-3 country code
     * @param admin1     first-level subdivision code, or null
     * @param lat        latitude
     * @param lon        longitude
     * @param geonameId  GeoNames id, or 0
     * @param featureType COUNTRY, ADMIN1 or CITY
     */
    public record Location(String name, String country, String admin1, double lat, double lon,
            @JsonProperty("geoname_id") long geonameId, @JsonProperty("feature_type") String featureType) {
    }
}
