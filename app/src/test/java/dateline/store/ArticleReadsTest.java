package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.actor.Actor;
import dateline.article.Article;
import dateline.event.Event;
import dateline.geo.Place;
import dateline.pipeline.CodedArticle;
import dateline.view.CodedArticleView;
import dateline.view.ViewJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored article reads back as the view of the coded article it was written from. */
class ArticleReadsTest {
    @TempDir
    Path dir;

    @Test
    void aStoredArticleReadsBackAsItsCodedView() throws Exception {
        String text = "OSLO (Nordic Wire) - " + Fixtures.TALKS;
        Article a = Fixtures.article("oslo.txt", "Nordic Wire", null, LocalDate.of(2021, 3, 8), "Talks", text);
        Actor nor = Fixtures.actor(a, "NORGOV", "Norway foreign minister", "foreign minister of Norway");
        Actor swe = Fixtures.actor(a, "SWEGOV", "Swedish trade envoy", "Swedish trade envoy");
        Place oslo = Fixtures.place("Oslo", "NOR", "NO", 3143244);
        // The negated event comes first: counted in no event row, it must still keep its place in the list.
        CodedArticle coded = Fixtures.coded(a, List.of(
                Fixtures.event(a, swe, nor, "111", 3, -2.0, "closed", null, Event.Flag.NEGATED, Event.Flag.REPORTED),
                Fixtures.event(a, nor, swe, "042", 1, 1.9, "met", oslo),
                Fixtures.event(a, nor, null, "057", 1, 8.0, "agreed", null)), 1.5);
        try (Store s = Store.open(dir)) {
            new StoreWriter(s, false).write(List.of(coded));
            CodedArticleView stored = new ArticleReads(s).article(a.id());

            JsonNode fresh = ViewJson.shared(ViewJson.json(CodedArticleView.of("oslo.txt", coded)));
            JsonNode back = ViewJson.shared(ViewJson.json(stored));
            fresh.fieldNames().forEachRemaining(f -> assertThat(back.get(f)).as(f).isEqualTo(fresh.get(f)));
            assertThat(back.size()).isEqualTo(fresh.size());

            assertThat(stored.article().boilerplate()).singleElement()
                    .satisfies(b -> assertThat(b.text()).isEqualTo("OSLO (Nordic Wire) - "));
            assertThat(stored.events()).extracting(e -> e.code()).containsExactly("111", "042", "057");
            assertThat(stored.events().get(0).eventId()).isNull();
            assertThat(stored.events().get(0).flags()).containsExactly("NEGATED", "REPORTED");
            assertThat(stored.events().get(1).eventId()).isNotNull();
            assertThat(stored.events().get(1).place().name()).isEqualTo("Oslo");
            assertThat(stored.article().stored().sourceName()).isEqualTo("Nordic Wire");
            assertThat(new ArticleReads(s).article("no-such-article")).isNull();
        }
    }
}
