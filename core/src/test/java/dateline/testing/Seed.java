package dateline.testing;

import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.Article;
import dateline.article.ArticleReadException;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.CoreNlpAnnotator;
import dateline.nlp.NlpConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Test fixtures shared across modules: the bundled example article and one CoreNLP annotator per test JVM
 * (loading it costs seconds, so every test class reuses it).
 */
public final class Seed {
    private static CoreNlpAnnotator annotator;
    private static AnnotatedArticle annotatedSeed;

    private Seed() {
    }

    /** The seed article's bytes, from the test resources (a copy of examples/iran-iraq-call.txt). */
    public static byte[] bytes() {
        try (InputStream in = Seed.class.getResourceAsStream("/iran-iraq-call.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed read as an article, dated 2020-11-28 (the call took place on Saturday 28 November 2020). */
    public static Article article() {
        try {
            return ArticleFiles.bundled().readBytes("examples/iran-iraq-call.txt", bytes(),
                    new ArticleOptions(LocalDate.of(2020, 11, 28), LocalDate.of(2026, 1, 1)));
        } catch (ArticleReadException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized CoreNlpAnnotator annotator() {
        if (annotator == null) {
            annotator = new CoreNlpAnnotator(NlpConfig.full());
        }
        return annotator;
    }

    public static synchronized AnnotatedArticle annotated() {
        if (annotatedSeed == null) {
            annotatedSeed = annotator().annotate(article());
        }
        return annotatedSeed;
    }

    /**
     * The seed article's gold standard, {@code examples/iran-iraq-call.gold.json} of this repository (tests run in
     * a module directory, one level below it). Missing, it fails the test that asked rather than skipping it: the
     * file ships with the project, so its absence is a broken checkout, not an optional data set.
     */
    public static Path gold() {
        Path gold = Path.of("..", "examples", "iran-iraq-call.gold.json");
        if (!Files.isRegularFile(gold)) {
            throw new AssertionError("the seed gold " + gold.toAbsolutePath().normalize()
                    + " is missing: tests that score the seed read it from the repository's examples/");
        }
        return gold;
    }

    /** A path under ../shared/data, or null when the shared data is absent (tests then skip). */
    public static Path shared(String relative) {
        for (Path base : new Path[] {Path.of("../shared/data"), Path.of("../../shared/data")}) {
            Path p = base.resolve(relative);
            if (Files.exists(p)) {
                return p;
            }
        }
        return null;
    }
}
