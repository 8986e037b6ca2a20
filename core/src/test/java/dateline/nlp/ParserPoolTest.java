package dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.testing.Seed;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ParserPoolTest {
    private final CoreMap sentence = Seed.annotator().tag(Seed.article()).coreSentences().get(1);

    private static Properties cacheProperties() {
        Properties p = new Properties();
        p.setProperty("numCached", "100000");
        return p;
    }

    @Test
    void aCallerWhileTheOnlyParserIsLentGetsAnotherAndBothParseAlike() {
        ParserPool pool = new ParserPool(cacheProperties());
        String outer = pool.withParser(first -> {
            String inner = pool.withParser(second -> {
                assertThat(second).isNotSameAs(first);
                return second.predict(sentence).typedDependencies().toString();
            });
            assertThat(first.predict(sentence).typedDependencies().toString()).isEqualTo(inner);
            return inner;
        });
        assertThat(pool.loaded()).isEqualTo(2);
        assertThat(outer).contains("Rouhani");
    }

    @Test
    void aParserGivenBackIsLentAgainInsteadOfLoadingAnother() {
        ParserPool pool = new ParserPool(cacheProperties());
        DependencyParser first = pool.withParser(p -> p);
        DependencyParser again = pool.withParser(p -> p);
        assertThat(again).isSameAs(first);
        pool.predict(sentence);
        assertThat(pool.loaded()).isEqualTo(1);
    }
}
