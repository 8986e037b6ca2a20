package dateline.record;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.article.Span;
import dateline.event.Event;
import dateline.export.ActorGeos;
import dateline.export.GdeltCounts;
import dateline.export.GdeltEvents;
import dateline.export.GdeltLayout;
import dateline.geo.ActorLocator;
import dateline.geo.Place;
import dateline.geo.Placement;
import dateline.nlp.AnnotatedArticle;
import dateline.pipeline.CodedArticle;
import dateline.time.EventDate;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The row model built from constructed coded articles: one rule for each derived field, and agentless events. */
class MentionRecordTest {
    private static final String TEXT = "A soldier was killed in Basra on Sunday. Iraq condemned the attack.";
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 9);

    private static final Article ARTICLE = new Article(Article.idOf("t", TEXT), "t", null, null, null, null, null,
            PUBLISHED, null, TEXT, List.of(), List.of(), "en", List.of());
    private static final Actor SOLDIER = actor("IRQMIL", "Iraqi military", "A soldier");
    private static final Actor IRAQ = actor("IRQ", "Iraq", "Iraq");
    private static final Place BASRA = new Place("Basrah", span("Basra"), Place.Role.MENTIONED,
            Place.FeatureType.CITY, 30.5, 47.8, "IQ", "IRQ", "IZ", "IZ02", 99532, "test");

    @Test
    void anAgentlessEventHasNoSourceAndAnEmptyActor1() {
        // "A soldier was killed": the victim is the target, nobody is named as the one who killed.
        Event killed = event(null, SOLDIER, "1823", "18", 4, -10.0, "killed", Set.of(), true);
        CodedArticle coded = coded(List.of(killed), List.of(new Placement(BASRA, "'Basra' in a locative phrase")));

        MentionRecord m = MentionRecord.of(coded, 0);
        assertThat(m.event().source()).isNull();
        assertThat(m.event().target().code()).isEqualTo("IRQMIL");
        assertThat(m.event().target().mention().text()).isEqualTo("A soldier");
        assertThat(m.event().place()).isEqualTo(BASRA);

        List<Object> row = GdeltEvents.values(7, m.event(),
                ActorGeos.of(ActorLocator.bundled(), coded, killed), GdeltCounts.single(null), 20210309120000L, "t");
        List<String> names = GdeltLayout.events().names();
        assertThat(row).hasSize(GdeltLayout.EVENT_COLUMNS);
        for (String column : List.of("Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code")) {
            assertThat(row.get(names.indexOf(column))).as(column).isNull();
        }
        assertThat(row.get(names.indexOf("Actor1Geo_Type"))).isEqualTo(0);
        assertThat(row.get(names.indexOf("Actor2Code"))).isEqualTo("IRQMIL");
        assertThat(row.get(names.indexOf("Actor2Type1Code"))).isEqualTo("MIL");
        assertThat(row.get(names.indexOf("EventBaseCode"))).isEqualTo("182");
        assertThat(row.get(names.indexOf("ActionGeo_FeatureID"))).isEqualTo("99532");
        assertThat(row.get(names.indexOf("ActionGeo_ADM1Code"))).isEqualTo("IZ02");
    }

    @Test
    void baseCodeFlagsConfidencePlaceAndDateComeFromOneRuleEach() {
        Event condemned = event(IRAQ, null, "122", "12", 3, -4.0, "condemned",
                EnumSet.of(Event.Flag.REPORTED, Event.Flag.FUTURE), false);
        Event negated = event(IRAQ, SOLDIER, "1823", "18", 4, -10.0, "killed",
                EnumSet.of(Event.Flag.NEGATED, Event.Flag.HYPOTHETICAL), true);
        CodedArticle coded = coded(List.of(condemned, negated),
                List.of(Placement.none("no place named in its sentence"), new Placement(BASRA, "test")));

        List<MentionRecord> all = MentionRecord.all(coded);
        assertThat(all).extracting(MentionRecord::mention).containsExactly(0, 1);
        MentionRecord first = all.get(0);
        assertThat(first.event().baseCode()).isEqualTo("122");
        assertThat(all.get(1).event().baseCode()).isEqualTo("182");
        // Alphabetical, whatever the enum order: the store, Spark and the views write this same text.
        assertThat(first.flags().field()).isEqualTo("FUTURE,REPORTED");
        assertThat(all.get(1).flags().field()).isEqualTo("HYPOTHETICAL,NEGATED");
        assertThat(EventFlags.parse("REPORTED,FUTURE")).isEqualTo(first.flags());
        assertThat(EventFlags.NONE.field()).isNull();
        // Embedded (70), future (-30), reported (-10); a negated event is 10 whatever else.
        assertThat(first.confidence()).isEqualTo(30);
        assertThat(all.get(1).confidence()).isEqualTo(10);
        assertThat(all.get(1).negated()).isTrue();
        assertThat(first.negated()).isFalse();
        assertThat(first.event().place()).isNull();
        assertThat(first.placeReason()).isEqualTo("no place named in its sentence");
        assertThat(first.event().placeKey()).isEmpty();
        assertThat(all.get(1).event().placeKey()).isEqualTo("gn:99532");
        assertThat(first.event().day()).isEqualTo(PUBLISHED);
        assertThat(first.trigger().text()).isEqualTo("condemned");
        assertThat(first.sentenceText().text()).isEqualTo("Iraq condemned the attack.");
    }

    @Test
    void anEventsOwnPlacementIsRequiredBesideIt() {
        Event condemned = event(IRAQ, null, "122", "12", 3, -4.0, "condemned", Set.of(), true);
        CodedArticle unplaced = new CodedArticle(new AnnotatedArticle(ARTICLE, List.of(), List.of(), List.of()),
                new ActorMentions(List.of(IRAQ)), List.of(), List.of(condemned), List.of(), null, List.of(),
                List.of(EventDate.published(PUBLISHED)));
        assertThat(MentionRecord.of(unplaced, 0).placeReason()).isEqualTo("not placed");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CodedArticle(unplaced.annotation(),
                unplaced.actors(), List.of(), List.of(condemned), List.of(), null, List.of(),
                List.of(EventDate.published(PUBLISHED)), List.of())).hasMessageContaining("placements");
    }

    private static CodedArticle coded(List<Event> events, List<Placement> placements) {
        return new CodedArticle(new AnnotatedArticle(ARTICLE, List.of(), List.of(), List.of()),
                new ActorMentions(List.of(SOLDIER, IRAQ)), List.of(), events, List.of(BASRA), null, List.of(),
                events.stream().map(e -> EventDate.published(PUBLISHED)).toList(), placements);
    }

    private static Event event(Actor source, Actor target, String code, String root, int quad, double goldstein,
            String trigger, Set<Event.Flag> flags, boolean isRoot) {
        Span t = span(trigger);
        int end = TEXT.indexOf('.', t.start()) + 1;
        int start = TEXT.lastIndexOf(". ", t.start());
        return new Event(start < 0 ? 0 : 1, source, target, code, root, quad, goldstein, null, null, flags, isRoot,
                t, new Span(start < 0 ? 0 : start + 2, end), "test", null);
    }

    private static Actor actor(String code, String name, String mention) {
        return new Actor(code, name, Actor.countryOf(code), null, span(mention), 0, 0, 1, "test:1", "name", null,
                null);
    }

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }
}
