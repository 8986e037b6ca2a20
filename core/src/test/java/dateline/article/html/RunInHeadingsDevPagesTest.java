package dateline.article.html;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Agencies;
import dateline.article.Article;
import dateline.article.ArticleOptions;
import dateline.article.HtmlArticles;
import dateline.article.HtmlExtractor;
import dateline.article.RunInHeadings;
import dateline.article.Span;
import dateline.article.TextArticles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The run-in heading rules on the texts extracted from the Article Extraction Benchmark's dev pages: whatever they
 * take for a heading must be a heading of the page, a line of its own in the hand-extracted ground truth, never
 * the start of a sentence. Skips when {@code ../shared/data/articles-html} is absent.
 */
class RunInHeadingsDevPagesTest {
    @Test
    void everyHeadingFoundIsALineOfItsOwnInTheGroundTruth() throws Exception {
        List<DevPages.Page> pages = DevPages.load();
        Assumptions.assumeTrue(pages != null, "../shared/data/articles-html is absent");
        HtmlArticles reader = new HtmlArticles(new TextArticles(Agencies.bundled()), new HtmlExtractor());
        ArticleOptions options = new ArticleOptions(null, LocalDate.of(2026, 1, 1));
        List<String> notHeadings = new ArrayList<>();
        int found = 0;
        for (DevPages.Page p : pages) {
            Article a = reader.read(p.id(), p.html(), options);
            Set<String> lines = Arrays.stream(p.truth().split("\n")).map(String::strip).collect(Collectors.toSet());
            for (Span s : RunInHeadings.bundled().find(a.text())) {
                found++;
                String heading = a.slice(s).replaceAll("^['‘\"“]|['’\"”]$", "").strip();
                if (!lines.contains(heading)) {
                    notHeadings.add(p.id() + ": " + a.slice(s));
                }
            }
        }
        System.out.printf("run-in headings on %d dev pages: %d found%n", pages.size(), found);
        assertThat(notHeadings).isEmpty();
    }
}
