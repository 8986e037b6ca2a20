package dateline.store;

import dateline.ingest.IngestSummary;
import dateline.ingest.Ingester;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The process {@link CrashSafetyTest} kills: the real {@link Ingester} on a real store, with the template coder
 * instead of CoreNLP (so it starts in a second). Prints "stored N" after every article the writer has committed, so
 * the test can kill it at chosen points, and "done" with the summary at the end.
 *
 * <p>Arguments: STORE THREADS BATCH DELAY_MILLIS PATH...
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        long delay = Long.parseLong(args[3]);
        List<String> paths = Arrays.asList(args).subList(4, args.length);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store st = Store.open(store)) {
            Ingester ingester = new Ingester(st, () -> TemplateCorpus.coder(delay),
                    new Ingester.Options(threads, batch, LocalDate.of(2024, 3, 1), false));
            IngestSummary s = ingester.run(paths, new Ingester.Progress() {
                private int steps;

                @Override
                public void total(long n) {
                }

                @Override
                public synchronized void step() {
                    out.println("step " + ++steps);
                }
            });
            out.println("done stored=" + s.stored() + " skipped=" + s.skipped() + " failed=" + s.failures().size()
                    + " " + s.failures());
        }
    }
}
