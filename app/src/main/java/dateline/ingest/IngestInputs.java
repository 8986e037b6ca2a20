package dateline.ingest;

import dateline.article.Agencies;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ReadOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns the command line's PATH arguments into articles: files, directories (recursively, hidden files
 * skipped), glob patterns ({@code "news/*.jsonl.gz"}, {@code "feeds/**.xml"}), and within them text, HTML,
 * JSON Lines and RSS/Atom feeds.
 */
public final class IngestInputs {
    private final ArticleFiles files;
    private final FeedArticles feeds;

    public IngestInputs() {
        Agencies agencies = Agencies.bundled();
        this.files = new ArticleFiles(agencies);
        this.feeds = new FeedArticles(agencies);
    }

    /**
     * The files named by {@code args}, in a stable order. An argument that names nothing is reported through
     * {@code failure}.
     */
    public List<Path> expand(List<String> args, Consumer<ReadOutcome.Failed> failure) {
        List<Path> out = new ArrayList<>();
        for (String arg : args) {
            List<Path> found = new ArrayList<>();
            if (arg.contains("*") || arg.contains("?") || arg.contains("[")) {
                glob(arg, found);
            } else {
                Path p = Path.of(arg);
                if (Files.isDirectory(p)) {
                    walk(p, found);
                } else if (Files.exists(p)) {
                    found.add(p);
                } else {
                    failure.accept(new ReadOutcome.Failed(arg, arg + ": no such file or directory"));
                    continue;
                }
            }
            if (found.isEmpty()) {
                failure.accept(new ReadOutcome.Failed(arg, arg + ": matches no files"));
            }
            out.addAll(found);
        }
        return out;
    }

    /** A rough article count for the progress bar: lines of JSON Lines files, one per other file. */
    public long estimate(List<Path> paths) {
        long n = 0;
        for (Path p : paths) {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                try (InputStream raw = Files.newInputStream(p);
                        InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                    n += lines(in);
                } catch (IOException e) {
                    n++;
                }
            } else {
                n++;
            }
        }
        return n;
    }

    /**
     * Counts the non-empty lines of a stream by its bytes: never holds a line, however long (a compressed file can
     * expand to gigabytes without a newline).
     */
    private static long lines(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        long n = 0;
        boolean content = false;
        int len;
        while ((len = in.read(buf)) > 0) {
            for (int i = 0; i < len; i++) {
                byte b = buf[i];
                if (b == '\n') {
                    if (content) {
                        n++;
                    }
                    content = false;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    content = true;
                }
            }
        }
        return content ? n + 1 : n;
    }

    /** Reads one file, handing every article or failure to {@code sink}. */
    public void read(Path path, ArticleOptions options, Consumer<ReadOutcome> sink) {
        if (Files.isRegularFile(path) && FeedArticles.isFeed(path)) {
            feeds.read(path, options, sink);
        } else {
            files.read(path, options, sink);
        }
    }

    private static void walk(Path dir, List<Path> out) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().forEach(out::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(dir + ": cannot list directory", e);
        }
    }

    private static void glob(String pattern, List<Path> out) {
        // The directory part before the first wildcard is where the walk starts.
        String norm = pattern.replace('\\', '/');
        int wild = norm.length();
        for (char ch : new char[] {'*', '?', '['}) {
            int i = norm.indexOf(ch);
            if (i >= 0) {
                wild = Math.min(wild, i);
            }
        }
        int slash = norm.lastIndexOf('/', wild);
        Path base = slash < 0 ? Path.of(".") : Path.of(norm.substring(0, slash + 1));
        if (!Files.isDirectory(base)) {
            return;
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + norm);
        try (Stream<Path> s = Files.walk(base)) {
            s.filter(Files::isRegularFile).filter(p -> {
                Path rel = slash < 0 ? base.relativize(p) : p;
                return m.matches(rel) || m.matches(Path.of(rel.toString().replace('\\', '/')));
            }).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(base + ": cannot list directory", e);
        }
    }
}
