package dateline.record;

import dateline.article.Article;
import dateline.event.Event;
import dateline.geo.Placement;
import dateline.pipeline.CodedArticle;
import dateline.time.EventDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One coded event of one article with its evidence: what the store's {@code mentions} row, the Spark job's
 * {@code events} and {@code mentions} rows and a view of the event are made of. Built once from a coded article.
 *
 * @param articleId   the article's id
 * @param mention     the event's index among the article's events
 * @param sentence    index of the sentence it was coded from
 * @param event       who did what to whom, where, on which day
 * @param flags       its flags, in the one order ({@link EventFlags})
 * @param confidence  GDELT-style confidence, 10 to 100 ({@link #confidence})
 * @param trigger     the words that triggered the code
 * @param sentenceText the sentence
 * @param quote       the quote it was coded from, or null
 * @param rule        the pattern or rule that fired
 * @param placeReason why the event has its place (or none)
 * @param date        when it happened, with basis and evidence
 */
public record MentionRecord(String articleId, int mention, int sentence, EventRecord event, EventFlags flags,
        int confidence, Evidence trigger, Evidence sentenceText, Evidence quote, String rule, String placeReason,
        EventDate date) {

    /** The records of every event of {@code coded}, in event order. */
    public static List<MentionRecord> all(CodedArticle coded) {
        List<MentionRecord> out = new ArrayList<>(coded.events().size());
        for (int i = 0; i < coded.events().size(); i++) {
            out.add(of(coded, i));
        }
        return out;
    }

    /** The record of event {@code index} of {@code coded}. */
    public static MentionRecord of(CodedArticle coded, int index) {
        Article a = coded.article();
        Event e = coded.events().get(index);
        EventDate d = coded.dateOf(index);
        Placement where = coded.placementOf(index);
        EventRecord what = new EventRecord(ActorRecord.of(a, e.source()), ActorRecord.of(a, e.target()), e.code(),
                EventRecord.baseOf(e.code()), e.rootCode(), e.quadClass(), e.goldstein(), e.ploverCategory(),
                e.ploverMode(), e.isRoot(), where.place(), d.day());
        EventFlags flags = EventFlags.of(e.flags());
        return new MentionRecord(a.id(), index, e.sentence(), what, flags, confidence(e.isRoot(), flags),
                Evidence.of(a, e.trigger()), Evidence.of(a, e.sentenceSpan()), Evidence.of(a, e.quote()), e.rule(),
                where.reason(), d);
    }

    /**
     * GDELT-style confidence: a root event is surest (100), an embedded one less (70); a hypothetical or future
     * event loses 30, a reported one 10; a negated one is 10.
     */
    public static int confidence(boolean isRoot, EventFlags flags) {
        int c = isRoot ? 100 : 70;
        if (flags.contains(Event.Flag.HYPOTHETICAL) || flags.contains(Event.Flag.FUTURE)) {
            c -= 30;
        }
        if (flags.contains(Event.Flag.REPORTED)) {
            c -= 10;
        }
        if (flags.contains(Event.Flag.NEGATED)) {
            c = 10;
        }
        return c;
    }

    /** Whether the event is negated: it did not happen, so it is evidence but counts in no aggregated event. */
    public boolean negated() {
        return flags.contains(Event.Flag.NEGATED);
    }
}
