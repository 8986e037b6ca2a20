package dateline.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dependency parsers lent to one calling thread at a time: a parser is loaded when every loaded one is busy, so
 * there are as many as threads parse at once (one for a single-threaded command, one per coding thread in
 * {@code ingest}).
 *
 * <p>Why not one shared parser: CoreNLP's parser keeps the hidden-layer products of features it has not
 * precomputed in one least-recently-used cache under one lock, and a hit moves the entry to the head of the cache's
 * one linked list, so two threads sharing a parser write to the same lock and list on nearly every feature (a
 * profile of {@code ingest} put that cache's map and list work at a fifth of the coding threads' CPU). The parses
 * are the same either way: a cached product is the same float array a parser computes on a miss, and each parser
 * loads the same model. Each extra parser costs its precomputed features (about 210 MB) and its own cache.
 */
final class ParserPool {
    private static final Logger LOG = LoggerFactory.getLogger(ParserPool.class);

    private final Properties properties;
    private final ConcurrentLinkedDeque<DependencyParser> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger loaded = new AtomicInteger();

    /** Loads the first parser now, with {@code properties} (as for {@link DependencyParser#loadFromModelFile}). */
    ParserPool(Properties properties) {
        this.properties = properties;
        // The first from CoreNLP's cache of loaded models (shared by every annotator in this JVM, as before).
        idle.push(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, properties));
        loaded.incrementAndGet();
    }

    /** The basic dependency structure of one tagged sentence, from a parser no other thread is using. */
    GrammaticalStructure predict(CoreMap sentence) {
        return withParser(parser -> parser.predict(sentence));
    }

    /** Runs {@code work} with a parser lent to it alone, loading one if every loaded parser is lent out. */
    <T> T withParser(Function<DependencyParser, T> work) {
        DependencyParser parser = idle.poll();
        if (parser == null) {
            parser = load();
            LOG.info("parser {} loaded for a concurrent caller", loaded.get());
        }
        try {
            return work.apply(parser);
        } finally {
            idle.push(parser);
        }
    }

    /** How many parsers have been loaded. */
    int loaded() {
        return loaded.get();
    }

    /** A parser of its own: not {@code loadFromModelFile}, whose cache would hand back the shared one. */
    private DependencyParser load() {
        DependencyParser parser = new DependencyParser(properties);
        parser.loadModelFile(DependencyParser.DEFAULT_MODEL);
        loaded.incrementAndGet();
        return parser;
    }
}
