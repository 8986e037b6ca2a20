package dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Agencies;
import dateline.article.Article;
import dateline.article.ArticleOptions;
import dateline.article.TextArticles;
import dateline.testing.Seed;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Running the MUC CRF only on cue sentences, after the 3-class model, must give the entities CoreNLP gives when it
 * runs both CRFs on every sentence.
 */
class MucTaggerTest {
    private static final String TEXT = """
            The central bank said on Monday it would sell 2 billion dollars of bonds in March, a rise of 5 percent \
            on last year.

            The minister condemned the attack and called for calm.

            Talks resumed this afternoon in Geneva after a pause of two weeks, the spokesman said.

            Exports fell to 1.2 billion dlrs in the fourth quarter from 1.5 billion a year earlier.

            The council will keep its rules despite the pause in meetings since January 24, the chairman said.
            """;

    private static StanfordCoreNLP both;

    @BeforeAll
    static void loadCoreNlpWithBothCrfs() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + MucTagger.MODEL);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.fine.regexner.mapping", TrimmedGazetteer.mappingProperty());
        p.setProperty("ner.fine.regexner.noDefaultOverwriteLabels", "CITY");
        both = new StanfordCoreNLP(p, false);
    }

    private static Set<String> coreNlpEntities(Article a) {
        Annotation doc = new Annotation(a.annotatableText());
        both.annotate(doc);
        Set<String> out = new TreeSet<>();
        for (CoreMap m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
            List<CoreLabel> t = m.get(CoreAnnotations.TokensAnnotation.class);
            int begin = t.get(0).beginPosition();
            if (t.size() == 1 && t.get(0).tag().startsWith("PRP")) {
                continue; // Dateline keeps pronouns as pronoun links, not entities
            }
            out.add(begin + "-" + t.get(t.size() - 1).endPosition() + " "
                    + m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
        }
        return out;
    }

    private static Set<String> datelineEntities(AnnotatedArticle a) {
        Set<String> out = new TreeSet<>();
        for (EntityMention e : a.entities()) {
            out.add(e.span().start() + "-" + e.span().end() + " " + e.type());
        }
        return out;
    }

    @Test
    void seedEntitiesAreThoseOfBothCrfsOnEverySentence() {
        AnnotatedArticle seed = Seed.annotated();
        // Places aside: CoreNLP keeps hyphenated place pairs as one mention, Dateline splits them.
        Set<String> ours = datelineEntities(seed);
        Set<String> theirs = coreNlpEntities(seed.article());
        ours.removeIf(MucTaggerTest::isPlace);
        theirs.removeIf(MucTaggerTest::isPlace);
        assertThat(ours).isEqualTo(theirs);
        assertThat(seed.entities()).anyMatch(e -> e.type().equals("DATE") && e.text().equals("Saturday"));
        assertThat(seed.entities()).anyMatch(e -> e.type().equals("MONEY") && e.text().equals("billions of dollars"));
    }

    private static boolean isPlace(String key) {
        return key.endsWith(" LOCATION") || key.endsWith(" COUNTRY") || key.endsWith(" CITY")
                || key.endsWith(" STATE_OR_PROVINCE");
    }

    @Test
    void datesAmountsAndSharesMatchCoreNlpOnSentencesWithCues() throws Exception {
        Article a = new TextArticles(Agencies.bundled()).read("muc-test", TEXT, ArticleOptions.defaults());
        AnnotatedArticle ours = Seed.annotator().annotate(a);
        assertThat(datelineEntities(ours)).isEqualTo(coreNlpEntities(a));
        assertThat(ours.entities()).extracting(EntityMention::type)
                .contains("DATE", "MONEY", "PERCENT", "TIME");
    }

    @Test
    void partsOfSpeechAreCoreNlpsOwn() throws Exception {
        // CoreNLP's normaliser retags "since" before a date as DATE_MOD on its own copies; that must not leak
        // into the tokens the parser reads.
        Article a = new TextArticles(Agencies.bundled()).read("muc-test", TEXT, ArticleOptions.defaults());
        AnnotatedArticle ours = Seed.annotator().annotate(a);
        Annotation doc = new Annotation(a.annotatableText());
        both.annotate(doc);
        List<String> theirs = doc.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::tag).toList();
        List<String> mine = ours.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::pos).toList();
        assertThat(mine).isEqualTo(theirs).doesNotContain("DATE_MOD");
    }

    @Test
    void onlySentencesWithADigitASignOrACueWordAreWorthTheCrf() {
        MucTagger muc = MucTagger.load();
        assertThat(muc.mayHoldExpression(tokens("The minister condemned the attack ."))).isFalse();
        assertThat(muc.mayHoldExpression(tokens("Talks resume on Tuesday ."))).isTrue();
        assertThat(muc.mayHoldExpression(tokens("Prices rose 5 % ."))).isTrue();
        assertThat(muc.mayHoldExpression(tokens("It cost € ."))).isTrue();
        assertThat(muc.mayHoldExpression(tokens("Billions of DOLLARS were lost ."))).isTrue();
    }

    private static List<CoreLabel> tokens(String spaced) {
        return java.util.Arrays.stream(spaced.split(" ")).map(w -> {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            return l;
        }).toList();
    }
}
