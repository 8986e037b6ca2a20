package dateline.nlp;

import dateline.article.Article;
import dateline.article.Span;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where Dateline talks to Stanford CoreNLP: builds the pipeline from an {@link NlpConfig} and maps
 * CoreNLP's output to Dateline's records. Nothing outside {@code dateline.nlp} imports {@code edu.stanford.*}.
 *
 * <p>Settings chosen for speed (see docs/architecture.md): NER runs the CRF models plus a trimmed copy of the
 * fine-grained gazetteer (no regular-expression lines, no 530,000 caseless city names), SUTime is off, the
 * dependency parser runs only on the sentences the caller selects, and statistical coreference is replaced by
 * {@link PronounResolver}.
 *
 * <p>Thread-safe: CoreNLP's tagger, CRF classifiers, gazetteer and parser are built to be shared by the threads of
 * its own multi-threaded annotate, and this class keeps no state between calls. Share one instance between worker
 * threads so the models are in memory once; loading costs a few seconds and ~1 GB.
 */
public final class CoreNlpAnnotator {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);

    private final NlpConfig config;
    private final StanfordCoreNLP pipeline;
    private final DependencyParser parser;
    private final MucTagger muc;
    private final EntityMentionsAnnotator mentions = new EntityMentionsAnnotator();
    private final PronounResolver pronouns = new PronounResolver();

    /**
     * The parser caches the hidden-layer products of the word/position features it has not precomputed. Its
     * default cache (5,000) thrashes on news copy; 100,000 entries make the parse a fifth faster once warm. An entry
     * is about 4 KB, so a full cache holds about 400 MB of the heap (docs/performance.md, "Dateline's own CPU time").
     */
    private static Properties parserProperties() {
        Properties p = new Properties();
        p.setProperty("numCached", "100000");
        return p;
    }

    public CoreNlpAnnotator(NlpConfig config) {
        this.config = config;
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("annotators", config.ner() ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        if (config.ner()) {
            // Two of CoreNLP's three default CRF models: the 3-class model (PERSON, ORGANIZATION, LOCATION) here, and
            // the MUC model (DATE, TIME, MONEY, PERCENT) afterwards, only where it can find something (MucTagger).
            // The CoNLL model only adds MISC, which the gazetteer's NATIONALITY labels cover, and costs a third of
            // NER time.
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyFineGrained", "true");
            p.setProperty("ner.fine.regexner.mapping", TrimmedGazetteer.mappingProperty());
            p.setProperty("ner.fine.regexner.noDefaultOverwriteLabels", "CITY");
            // Mentions are built after the MUC labels are in (see annotate).
            p.setProperty("ner.buildEntityMentions", "false");
        }
        this.pipeline = new StanfordCoreNLP(p, false);
        // The parser itself rather than CoreNLP's depparse annotator: the annotator also derives collapsed,
        // enhanced and enhanced++ graphs for every sentence (a fifth of parse time), and Dateline reads only the
        // basic tree.
        this.parser = config.parse() ? DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, parserProperties()) : null;
        this.muc = config.ner() ? MucTagger.load() : null;
        LOG.info("CoreNLP pipeline loaded in {} ms ({})", (System.nanoTime() - t0) / 1_000_000, config);
    }

    public NlpConfig config() {
        return config;
    }

    /** Annotates {@code article}, parsing every sentence up to the configured length. */
    public AnnotatedArticle annotate(Article article) {
        TaggedArticle tagged = tag(article);
        java.util.Set<Integer> all = new java.util.HashSet<>();
        for (Sentence s : tagged.unparsed().sentences()) {
            if (s.tokens().size() <= config.maxSentenceTokens()) {
                all.add(s.index());
            }
        }
        return parse(tagged, all);
    }

    /**
     * Annotates {@code article}; the dependency parser runs only on the sentences {@code selector} chooses after
     * seeing the whole article annotated without parses (tokens, POS, lemmas, entities, provisional pronoun links).
     */
    public AnnotatedArticle annotate(Article article, ParseSelector selector) {
        TaggedArticle tagged = tag(article);
        return parse(tagged, selector.select(tagged.unparsed()));
    }

    /**
     * The first half of annotation: everything but the dependency parse (tokens, POS, lemmas, entities,
     * provisional pronoun links). {@link #parse} finishes it once the caller has chosen what to parse.
     */
    public TaggedArticle tag(Article article) {
        String text = article.annotatableText();
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreMap> coreSentences = AcronymBreaks.apply(doc);
        if (muc != null) {
            for (CoreMap s : coreSentences) {
                muc.tag(s);
            }
            mentions.annotate(doc);
        }
        int[] paragraphStarts = paragraphStarts(text);
        List<Sentence> unparsed = new ArrayList<>(coreSentences.size());
        for (int i = 0; i < coreSentences.size(); i++) {
            unparsed.add(toSentence(i, coreSentences.get(i), paragraphStarts, false));
        }
        List<EntityMention> entities = entities(doc, article, unparsed);
        return new TaggedArticle(new AnnotatedArticle(article, unparsed, entities, pronouns.resolve(unparsed, entities)),
                coreSentences);
    }

    /**
     * The second half of annotation: parses exactly the sentences {@code chosen} names (none when this annotator
     * was built without a parser) and resolves pronouns again over the parses.
     */
    public AnnotatedArticle parse(TaggedArticle tagged, java.util.Set<Integer> chosen) {
        AnnotatedArticle unparsed = tagged.unparsed();
        List<CoreMap> coreSentences = tagged.coreSentences();
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (int i = 0; i < coreSentences.size(); i++) {
            Sentence u = unparsed.sentences().get(i);
            if (parser != null && chosen.contains(i)) {
                List<Dependency> deps = parse(coreSentences.get(i));
                sentences.add(new Sentence(u.index(), u.paragraph(), u.span(), u.tokens(), deps, !deps.isEmpty()));
            } else {
                sentences.add(u);
            }
        }
        List<PronounLink> links = pronouns.resolve(sentences, unparsed.entities());
        return new AnnotatedArticle(unparsed.article(), sentences, unparsed.entities(), links);
    }

    /** The basic Universal Dependencies tree of one tagged sentence: the root edge first, then by governor. */
    private List<Dependency> parse(CoreMap sentence) {
        GrammaticalStructure gs = parser.predict(sentence);
        List<Dependency> deps = new ArrayList<>();
        for (TypedDependency td : gs.typedDependencies()) {
            int governor = td.gov().index() - 1;
            deps.add(new Dependency(governor < 0 ? Dependency.ROOT : governor, td.dep().index() - 1,
                    governor < 0 ? "root" : td.reln().toString()));
        }
        deps.sort(java.util.Comparator.comparingInt((Dependency d) -> d.governor() == Dependency.ROOT ? -1 : 0)
                .thenComparingInt(Dependency::governor).thenComparingInt(Dependency::dependent));
        return deps;
    }

    private static List<EntityMention> entities(Annotation doc, Article article, List<Sentence> sentences) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<EntityMention> entities = new ArrayList<>();
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap m : mentions) {
                EntityMention e = toMention(m, text);
                if (e != null && !article.isBoilerplate(e.span()) && !isPronoun(sentences.get(e.sentence()), e)) {
                    entities.addAll(splitHyphenatedPlaces(e, sentences.get(e.sentence())));
                }
            }
        }
        return entities;
    }

    private static Sentence toSentence(int index, CoreMap s, int[] paragraphStarts, boolean parsed) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner();
            tokens.add(new Token(i, new Span(l.beginPosition(), l.endPosition()), l.word(), l.lemma(), l.tag(),
                    ner == null ? "O" : ner));
        }
        List<Dependency> deps = List.of();
        int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, paragraphOf(begin, paragraphStarts), new Span(begin, end), tokens, deps,
                parsed && !deps.isEmpty());
    }

    private static EntityMention toMention(CoreMap m, String text) {
        List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
        Integer sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (tokens == null || tokens.isEmpty() || sentence == null || type == null) {
            return null;
        }
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        return new EntityMention(new Span(begin, end), type, text.substring(begin, end), sentence,
                tokens.get(0).index() - 1, tokens.get(tokens.size() - 1).index());
    }

    /** CoreNLP's entity mentions include pronouns ("he" as PERSON); Dateline keeps them as pronoun links only. */
    private static boolean isPronoun(Sentence s, EntityMention e) {
        return e.tokenEnd() - e.tokenStart() == 1 && s.tokens().get(e.tokenStart()).pos().startsWith("PRP");
    }

    /**
     * CoreNLP joins hyphenated place pairs into one mention ("Tehran-Baghdad agreements", "Shalamcheh-Basra
     * railway"); each part is a place of its own, so split a one-token place whose parts are all capitalised.
     */
    static List<EntityMention> splitHyphenatedPlaces(EntityMention e, Sentence s) {
        if (!e.isPlace() || e.text().indexOf('-') < 0 || e.text().indexOf(' ') >= 0) {
            return List.of(e);
        }
        String[] parts = e.text().split("-");
        for (String part : parts) {
            if (part.length() < 2 || !Character.isUpperCase(part.charAt(0))) {
                return List.of(e);
            }
        }
        List<EntityMention> out = new ArrayList<>();
        int offset = e.span().start();
        for (String part : parts) {
            Span span = new Span(offset, offset + part.length());
            int first = e.tokenStart();
            int last = e.tokenEnd();
            for (int t = e.tokenStart(); t < e.tokenEnd(); t++) {
                Span ts = s.tokens().get(t).span();
                if (ts.start() <= span.start() && span.start() < ts.end()) {
                    first = t;
                }
                if (ts.start() < span.end() && span.end() <= ts.end()) {
                    last = t + 1;
                }
            }
            out.add(new EntityMention(span, e.type(), part, e.sentence(), first, Math.max(first + 1, last)));
            offset += part.length() + 1;
        }
        return out;
    }

    /** Offsets where paragraphs start: 0 and after every blank line. */
    static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int i = text.indexOf('\n');
        while (i >= 0) {
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u00A0')) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\n') {
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                starts.add(j);
                i = text.indexOf('\n', j);
            } else {
                i = text.indexOf('\n', i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static int paragraphOf(int offset, int[] starts) {
        int p = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= offset) {
                p = i;
            }
        }
        return p;
    }
}
