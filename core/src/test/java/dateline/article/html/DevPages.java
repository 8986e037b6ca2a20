package dateline.article.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.testing.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The Article Extraction Benchmark dev pages under ../shared/data/articles-html, read at test time only. */
final class DevPages {
    /** One page: its id, its gzip-decompressed bytes, its ground-truth body and URL. */
    record Page(String id, byte[] html, String truth, String url) {
    }

    private DevPages() {
    }

    /** The dev pages, or null when the shared data is absent. */
    static List<Page> load() {
        Path dir = Seed.shared("articles-html");
        if (dir == null || !Files.exists(dir.resolve("ground-truth.json"))) {
            return null;
        }
        try {
            JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
            List<Page> pages = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> en = it.next();
                Path html = dir.resolve("html").resolve(en.getKey() + ".html.gz");
                try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
                    pages.add(new Page(en.getKey(), in.readAllBytes(), en.getValue().path("articleBody").asText(""),
                            en.getValue().path("url").asText(null)));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
