package dateline.article.html;

import dateline.article.HtmlExtractor;
import java.util.List;

/**
 * Throughput of HTML extraction (parsing included) on the dev pages, on the calling thread: run by
 * {@code bench/html-extraction.sh}, which pins the JVM to one core. Prints pages per second.
 */
public final class ExtractionBench {
    private ExtractionBench() {
    }

    public static void main(String[] args) {
        List<DevPages.Page> pages = DevPages.load();
        if (pages == null) {
            System.err.println("bench: ../shared/data/articles-html is absent");
            System.exit(2);
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        HtmlExtractor extractor = new HtmlExtractor();
        long bytes = pages.stream().mapToLong(p -> p.html().length).sum();
        int sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (DevPages.Page p : pages) {
                sink += extractor.extract(p.html(), p.url()).text().length();
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (DevPages.Page p : pages) {
                sink += extractor.extract(p.html(), p.url()).text().length();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // On a shared machine the wall clock counts other people's work too; the thread's CPU time does not.
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        int n = rounds * pages.size();
        System.out.printf("html extraction: %d pages (%d rounds of %d, %.1f MB each round) in %.2f s: %.1f pages/s,"
                + " %.1f ms/page; CPU time %.2f s: %.1f pages per CPU-second (checksum %d)%n", n, rounds, pages.size(),
                bytes / 1e6, seconds, n / seconds, 1000 * seconds / n, cpuSeconds, n / cpuSeconds, sink);
    }
}
