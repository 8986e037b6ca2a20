package dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ReadOutcome;
import dateline.article.Span;
import dateline.event.Event;
import dateline.nlp.EntityMention;
import dateline.nlp.PronounLink;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import dateline.testing.Seed;
import dateline.time.EventDate;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every coded article promises, whatever its text: every span lies inside the article's text, a span that
 * comes with the text it stands for slices to exactly that text, and coding is a function of the article alone
 * (the same result twice, and on 4 threads sharing one pipeline). Run over the seed, a Voice of America story
 * from {@code examples/voa/}, a hard-wrapped article and text made to be awkward (emoji, right-to-left script,
 * no-break spaces, curly quotes, a one-word paragraph).
 */
class CodedArticleContractTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 3);
    private static Pipeline pipeline;
    private static List<Article> articles;
    private static List<CodedArticle> coded;

    @BeforeAll
    static void codeOnce() throws Exception {
        pipeline = new Pipeline(Seed.annotator(), Knowledge.bundled());
        articles = new ArrayList<>();
        articles.add(Seed.article());
        articles.add(voaStory(3));
        articles.add(article(HardWrappedArticleTest.wrap(HardWrappedArticleTest.PARAGRAPHS, 62, "    ")));
        articles.add(article("""
                Minister Ayman Safadi 🇯🇴 met the envoy in Amman\u00A0on Sunday; he said “talks went well” \
                and condemned the attack on the convoy 🙏.

                Safadi told reporters, in Arabic, «لن نقبل ذلك» — "we will not accept it" — and left.

                Ok.

                "An unclosed quote, said the Iraqi foreign minister, \u200Bwho thanked Iran 👍🏽 for its help."""));
        coded = articles.stream().map(pipeline::code).toList();
    }

    private static Article article(String text) {
        return new Article(Article.idOf("test", text), "test", null, null, null, null, null, DATE, null, text,
                List.of(), List.of(), "en", List.of());
    }

    /** Story {@code index} of the bundled Voice of America corpus: the project's own copy, so it must be there. */
    private static Article voaStory(int index) {
        Path voa = Path.of("..", "examples", "voa", "voa_stories.jsonl");
        assertThat(voa).as("examples/voa/voa_stories.jsonl (ships with the project)").isRegularFile();
        List<Article> read = new ArrayList<>();
        ArticleFiles.bundled().read(voa, new ArticleOptions(null, LocalDate.of(2026, 1, 1)), outcome -> {
            if (outcome instanceof ReadOutcome.Read r) {
                read.add(r.article());
            }
        });
        assertThat(read).hasSizeGreaterThan(index);
        return read.get(index);
    }

    @Test
    void everySpanLiesInsideTheText() {
        for (CodedArticle c : coded) {
            int length = c.article().text().length();
            List<String> outside = new ArrayList<>();
            int[] seen = {0};
            walk(c, "coded", (path, span) -> {
                seen[0]++;
                if (span.end() > length) {
                    outside.add(path + " " + span);
                }
            });
            assertThat(seen[0]).as("spans walked").isGreaterThan(c.annotation().tokenCount());
            assertThat(outside).as("spans outside the %d characters of %s", length, c.article().id()).isEmpty();
        }
    }

    /**
     * Text carried beside a span is the annotated view's ({@link Article#annotatableText()}: boilerplate blanked,
     * hard wraps undone, one character for one), so it slices that view exactly, and the original text up to
     * whitespace (a name wrapped across a line end reads "Foreign Minister", the original "Foreign\nMinister").
     */
    @Test
    void everySpanWithItsTextSlicesToThatText() {
        for (CodedArticle c : coded) {
            Article a = c.article();
            String view = a.annotatableText();
            List<String> wrong = new ArrayList<>();
            for (EntityMention e : c.annotation().entities()) {
                check(wrong, "entity", a, view, e.span(), e.text());
            }
            for (EventDate d : c.eventDates()) {
                if (d.evidence() != null) {
                    check(wrong, "event date", a, view, d.evidence(), d.text());
                }
            }
            for (PronounLink p : c.annotation().pronouns()) {
                Token t = c.annotation().sentences().get(p.sentence()).tokens().get(p.token());
                check(wrong, "pronoun", a, view, p.span(), t.word());
                if (!t.span().equals(p.span())) {
                    wrong.add("pronoun at " + p.span() + " names token " + t);
                }
            }
            assertThat(wrong).as("evidence that does not slice to its text in %s", a.id()).isEmpty();
        }
    }

    @Test
    void tokensActorsAndEventsLieInsideTheirSentence() {
        for (CodedArticle c : coded) {
            List<Sentence> sentences = c.annotation().sentences();
            for (Sentence s : sentences) {
                for (Token t : s.tokens()) {
                    assertThat(s.span().contains(t.span())).as("token %s in sentence %d", t, s.index()).isTrue();
                }
            }
            for (Actor actor : c.actors().actors()) {
                List<Token> tokens = sentences.get(actor.sentence()).tokens();
                Span covered = tokens.get(actor.tokenStart()).span().union(tokens.get(actor.tokenEnd() - 1).span());
                assertThat(covered).as("tokens of actor %s", actor).isEqualTo(actor.span());
            }
            for (Event e : c.events()) {
                assertThat(e.sentenceSpan()).isEqualTo(sentences.get(e.sentence()).span());
                assertThat(e.sentenceSpan().contains(e.trigger())).as("trigger of %s", e).isTrue();
            }
        }
    }

    @Test
    void codingTheSameArticleTwiceGivesTheSameResult() {
        for (int i = 0; i < articles.size(); i++) {
            assertThat(pipeline.code(articles.get(i))).as(articles.get(i).id()).isEqualTo(coded.get(i));
        }
    }

    @Test
    void fourThreadsSharingOnePipelineGiveTheSameResults() throws Exception {
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<CodedArticle>>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int shift = t;
                runs.add(pool.submit(() -> {
                    start.await();
                    // Each thread takes the articles in a different order, so different articles overlap in time.
                    CodedArticle[] out = new CodedArticle[articles.size()];
                    for (int k = 0; k < articles.size(); k++) {
                        int i = (k + shift) % articles.size();
                        out[i] = pipeline.code(articles.get(i));
                    }
                    return List.of(out);
                }));
            }
            for (Future<List<CodedArticle>> run : runs) {
                assertThat(run.get()).isEqualTo(coded);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theAwkwardArticlesStillGiveEvents() {
        // Guards the contract tests above against passing on empty results.
        assertThat(coded).allSatisfy(c -> assertThat(c.events()).isNotEmpty());
    }

    private static void check(List<String> wrong, String what, Article a, String annotatable, Span span, String text) {
        String view = span.slice(annotatable);
        String original = a.slice(span);
        if (!view.equals(text) || !original.replaceAll("\\s+", " ").equals(text.replaceAll("\\s+", " "))) {
            wrong.add(what + " at " + span + ": record says '" + text + "', the annotated view '" + view
                    + "', the text '" + original + "'");
        }
    }

    /** Calls {@code onSpan} for every {@link Span} reachable from {@code value} through records, collections and optionals. */
    static void walk(Object value, String path, java.util.function.BiConsumer<String, Span> onSpan) {
        if (value instanceof Span s) {
            onSpan.accept(path, s);
        } else if (value instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    walk(rc.getAccessor().invoke(r), path + "." + rc.getName(), onSpan);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(path + "." + rc.getName(), e);
                }
            }
        } else if (value instanceof Iterable<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", onSpan);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "[" + k + "]", onSpan));
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, path, onSpan));
        }
    }
}
