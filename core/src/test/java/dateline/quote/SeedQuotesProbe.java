package dateline.quote;

import dateline.actor.ActorMentions;
import dateline.geo.Geocoder;
import dateline.geo.Place;
import dateline.nlp.AnnotatedArticle;
import dateline.testing.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedQuotesProbe {
    @Test
    void print() {
        AnnotatedArticle a = Seed.annotated();
        a.entities().forEach(e -> System.out.println("ENT " + e.type() + " " + e.text() + " " + e.span()));
        a.pronouns().forEach(p -> System.out.println("PRON " + a.article().slice(p.span()) + " -> " + p.antecedent().text()));
        QuoteFinding f = new QuoteFinder().find(a, new ActorMentions(List.of()));
        for (Quote q : f.quotes()) {
            System.out.println("Q " + q.kind() + " s" + q.sentence() + " [" + a.article().slice(q.content()) + "] cue="
                    + (q.cue() == null ? null : a.article().slice(q.cue())) + " speaker="
                    + (q.speakerSpan() == null ? null : a.article().slice(q.speakerSpan())) + " | " + q.attribution()
                    + " tone=" + q.tone());
        }
        System.out.println("PROBLEMS " + f.problems());
        for (Place p : Geocoder.bundled().geocode(a)) {
            System.out.println("P " + p);
        }
    }
}
