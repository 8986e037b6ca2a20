package dateline.ingest;

import dateline.article.Agencies;
import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ArticleReadException;
import dateline.article.Extraction;
import dateline.article.HtmlExtractor;
import dateline.article.JsonLinesArticles;
import dateline.article.ReadOutcome;
import dateline.article.Span;
import dateline.article.TextArticles;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The readers under fuzzing, behind one entry point: the first byte of an input picks the reader, the rest is what
 * it reads. Each reader may refuse an input (with a one-line message naming it) but must never throw anything else,
 * and what it reads must be well formed: text within the length limit, every span inside the text.
 * Used by {@link ReadersFuzzTest} (Jazzer) and {@link RegressTest} (every input that once broke a reader).
 */
final class ReaderTargets {
    static final String[] NAMES = {"text", "html-file", "json-lines", "html-extractor", "feed"};

    private final Agencies agencies = Agencies.bundled();
    private final ArticleFiles files = new ArticleFiles(agencies);
    private final JsonLinesArticles jsonLines = new JsonLinesArticles(new TextArticles(agencies));
    private final HtmlExtractor extractor = new HtmlExtractor();
    private final FeedArticles feeds = new FeedArticles(agencies);
    private final ArticleOptions options = new ArticleOptions(null, LocalDate.of(2026, 1, 1));
    private final Path feedFile;

    ReaderTargets(Path tmp) {
        this.feedFile = tmp.resolve("fuzz.rss");
    }

    /** Runs the reader chosen by {@code input[0]} on the rest; throws AssertionError on a broken contract. */
    void run(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        switch (Math.floorMod(input[0], NAMES.length)) {
            case 0 -> readBytes("fuzz.txt", body);
            case 1 -> readBytes("fuzz.html", body);
            case 2 -> {
                List<ReadOutcome> out = new ArrayList<>();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                        StandardCharsets.UTF_8))) {
                    jsonLines.read("fuzz.jsonl", r, options, out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.forEach(ReaderTargets::check);
            }
            case 3 -> {
                Extraction x = extractor.extract(body, "https://example.org/a", LocalDate.of(2026, 1, 1));
                if (x.text() == null && x.noArticle() == null) {
                    throw new AssertionError("extraction with neither text nor a reason");
                }
            }
            default -> {
                try {
                    Files.write(feedFile, body);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                List<ReadOutcome> out = new ArrayList<>();
                feeds.read(feedFile, options, out::add);
                out.forEach(ReaderTargets::check);
            }
        }
    }

    private void readBytes(String name, byte[] body) {
        try {
            check(files.readBytes(name, body, options));
        } catch (ArticleReadException e) {
            check(new ReadOutcome.Failed(name, e.getMessage()));
        }
    }

    private static void check(ReadOutcome o) {
        if (o instanceof ReadOutcome.Read r) {
            check(r.article());
        } else if (o instanceof ReadOutcome.Failed f) {
            if (f.message() == null || !f.message().contains(f.input().replaceAll(":\\d+$", ""))) {
                throw new AssertionError("failure message does not name the input: " + f.message());
            }
        }
    }

    private static void check(Article a) {
        if (a.text().isBlank()) {
            throw new AssertionError("an article with no text was read");
        }
        if (a.text().length() > TextArticles.MAX_TEXT_CHARS) {
            throw new AssertionError("article over the length limit: " + a.text().length());
        }
        List<Span> spans = new ArrayList<>(a.boilerplate());
        if (a.datelineSpan() != null) {
            spans.add(a.datelineSpan());
        }
        for (Span s : spans) {
            if (s.start() < 0 || s.end() > a.text().length() || s.start() > s.end()) {
                throw new AssertionError("span " + s + " outside text of " + a.text().length());
            }
        }
        a.annotatableText();
    }
}
